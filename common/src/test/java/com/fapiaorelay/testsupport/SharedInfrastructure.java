package com.fapiaorelay.testsupport;

import com.fapiaorelay.kit.embedded.EmbeddedKafkaServer;
import com.fapiaorelay.kit.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real Kafka broker and one real PostgreSQL per test JVM, shared by every test in it: embedded by default,
 * containers with {@code -Dfapiao.infra=testcontainers} where Docker runs. They are closed when the JVM exits, after
 * the Spring test contexts: closing them first would stall those contexts' shutdown.
 */
public final class SharedInfrastructure {

    private static Infrastructure instance;

    private SharedInfrastructure() {}

    public static synchronized Infrastructure get() {
        if (instance == null) {
            instance = "testcontainers".equals(System.getProperty("fapiao.infra"))
                    ? ContainerInfrastructure.start()
                    : startEmbedded();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::closeAfterSpring));
        }
        return instance;
    }

    /** Points a Spring test context at the shared Kafka and at its own schema of the shared PostgreSQL. */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        Infrastructure infrastructure = get();
        registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
        registry.add("spring.datasource.url", () -> infrastructure.jdbcUrl(schema));
        registry.add("spring.datasource.username", infrastructure::username);
        registry.add("spring.datasource.password", infrastructure::password);
        registry.add("spring.flyway.schemas", () -> schema);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeAfterSpring() {
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("SpringApplicationShutdownHook"))
                .forEach(SharedInfrastructure::joinQuietly);
        instance.close();
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Infrastructure startEmbedded() {
        try {
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, freePort());
            EmbeddedKafkaServer kafka =
                    EmbeddedKafkaServer.start(Files.createTempDirectory("fapiao-kafka"), freePort(), freePort());
            return new EmbeddedInfrastructure(postgres, kafka);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start embedded Kafka and PostgreSQL", e);
        }
    }

    /** Where the tests find Kafka and PostgreSQL. */
    public interface Infrastructure extends AutoCloseable {

        String kafkaBootstrapServers();

        String jdbcUrl(String schema);

        String username();

        String password();

        @Override
        void close();
    }

    private record EmbeddedInfrastructure(EmbeddedPostgresServer postgres, EmbeddedKafkaServer kafka)
            implements Infrastructure {

        @Override
        public String kafkaBootstrapServers() {
            return kafka.bootstrapServers();
        }

        @Override
        public String jdbcUrl(String schema) {
            return postgres.jdbcUrl(schema);
        }

        @Override
        public String username() {
            return postgres.username();
        }

        @Override
        public String password() {
            return postgres.password();
        }

        @Override
        public void close() {
            kafka.close();
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
