package com.fapiaorelay.sync;

import com.fapiaorelay.sandbox.TaxSandboxApplication;
import com.fapiaorelay.testsupport.SharedInfrastructure;

/** One real tax-sandbox per test JVM, over HTTP on a free port, with its records in the shared PostgreSQL. */
public final class SandboxServer {

    private static String url;

    private SandboxServer() {}

    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    private static String start() {
        var infrastructure = SharedInfrastructure.get();
        int port = SharedInfrastructure.freePort();
        TaxSandboxApplication.application()
                .run(
                        "--server.port=" + port,
                        "--spring.datasource.url=" + infrastructure.jdbcUrl("sandbox"),
                        "--spring.datasource.username=" + infrastructure.username(),
                        "--spring.datasource.password=" + infrastructure.password(),
                        // the sandbox has no outbox and no Kafka; our test classpath must not give it one
                        "--spring.autoconfigure.exclude=org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration,"
                                + "com.fapiaorelay.kit.kafka.KafkaKitAutoConfiguration,"
                                + "com.fapiaorelay.kit.outbox.OutboxAutoConfiguration");
        return "http://localhost:" + port;
    }
}
