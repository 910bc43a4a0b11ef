package com.fapiaorelay.standalone;

import com.fapiaorelay.alert.AlertServiceApplication;
import com.fapiaorelay.kit.embedded.EmbeddedKafkaServer;
import com.fapiaorelay.kit.embedded.EmbeddedPostgresServer;
import com.fapiaorelay.sandbox.TaxSandboxApplication;
import com.fapiaorelay.sync.SyncServiceApplication;
import com.fapiaorelay.upload.UploadServiceApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts PostgreSQL, Kafka, the sandbox and the three services, each service in its own Spring context. */
public final class EmbeddedStack implements AutoCloseable {

    private final StackSettings settings;
    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaServer kafka;
    private final List<ConfigurableApplicationContext> applications = new ArrayList<>();

    private EmbeddedStack(StackSettings settings, EmbeddedPostgresServer postgres, EmbeddedKafkaServer kafka) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static EmbeddedStack start(StackSettings settings) throws Exception {
        Path data = settings.dataDir() == null ? Files.createTempDirectory("fapiao-stack") : settings.dataDir();
        Files.createDirectories(data);
        var postgres = EmbeddedPostgresServer.start(
                settings.dataDir() == null ? null : data.resolve("postgres"), settings.postgresPort());
        var kafka = EmbeddedKafkaServer.start(data.resolve("kafka"), settings.kafkaPort(), settings.controllerPort());
        var stack = new EmbeddedStack(settings, postgres, kafka);
        try {
            stack.startApplications();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String sandboxUrl() {
        return url(settings.sandboxPort());
    }

    public String uploadUrl() {
        return url(settings.uploadPort());
    }

    public String syncUrl() {
        return url(settings.syncPort());
    }

    public String alertUrl() {
        return url(settings.alertPort());
    }

    @Override
    public void close() throws Exception {
        for (int i = applications.size() - 1; i >= 0; i--) {
            applications.get(i).close();
        }
        kafka.close();
        postgres.close();
    }

    private void startApplications() {
        start(TaxSandboxApplication.application(), "sandbox", settings.sandboxPort());
        start(UploadServiceApplication.application(), "upload", settings.uploadPort());
        start(SyncServiceApplication.application(), "sync", settings.syncPort());
        start(AlertServiceApplication.application(), "alert", settings.alertPort());
    }

    /** Settings go in as command-line arguments: they must outrank each service's own configuration file. */
    private void start(SpringApplicationBuilder application, String schema, int port) {
        Map<String, Object> properties = new LinkedHashMap<>(settings.overrides());
        properties.put("server.port", port);
        properties.put("spring.datasource.url", postgres.jdbcUrl(schema));
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", postgres.password());
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("fapiao.tax.base-url", sandboxUrl());
        properties.put("spring.main.banner-mode", "off");
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        applications.add(application.run(arguments));
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }
}
