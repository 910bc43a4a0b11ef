package com.fapiaorelay.standalone;

import com.fapiaorelay.alert.AlertServiceApplication;
import com.fapiaorelay.console.ConsoleApplication;
import com.fapiaorelay.kit.embedded.EmbeddedKafkaServer;
import com.fapiaorelay.kit.embedded.EmbeddedPostgresServer;
import com.fapiaorelay.sandbox.TaxSandboxApplication;
import com.fapiaorelay.sync.SyncServiceApplication;
import com.fapiaorelay.upload.UploadServiceApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts PostgreSQL, Kafka, the sandbox and the three services, each service in its own Spring context. Parts restart
 * while the rest runs on; the services reconnect to a restarted Kafka or PostgreSQL as they would in production.
 */
public final class EmbeddedStack implements AutoCloseable {

    /** The header operators' scripts and Prometheus call the services with. */
    public static final String AUTHORIZATION = "Authorization";

    /** A developer's machine: development secrets, trial users and the sandbox are accepted (docs/security.md). */
    private static final String DEV_PROFILE = "dev";

    private static final String OPS_TOKEN_PROPERTY = "fapiao.auth.callers.ops.token";
    private static final String DEV_OPS_TOKEN = "fapiao-relay-dev-ops-token";
    private static final String DEV_SCRAPE_TOKEN = "fapiao-relay-dev-scrape-token";

    private static final Service SANDBOX =
            new Service(TaxSandboxApplication::application, "sandbox", StackSettings::sandboxPort);
    private static final Service UPLOAD =
            new Service(UploadServiceApplication::application, "upload", StackSettings::uploadPort);
    private static final Service SYNC =
            new Service(SyncServiceApplication::application, "sync", StackSettings::syncPort);
    private static final Service ALERT =
            new Service(AlertServiceApplication::application, "alert", StackSettings::alertPort);
    private static final Service CONSOLE =
            new Service(ConsoleApplication::application, "console", StackSettings::consolePort);
    /** In start order; they close in reverse. */
    private static final List<Service> SERVICES = List.of(SANDBOX, UPLOAD, SYNC, ALERT, CONSOLE);

    private final StackSettings settings;
    private final Path data;
    private final Map<Service, ConfigurableApplicationContext> applications = new HashMap<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaServer kafka;

    private EmbeddedStack(StackSettings settings, Path data) {
        this.settings = settings;
        this.data = data;
    }

    public static EmbeddedStack start(StackSettings settings) throws Exception {
        Path data = settings.dataDir() == null ? Files.createTempDirectory("fapiao-stack") : settings.dataDir();
        Files.createDirectories(data);
        var stack = new EmbeddedStack(settings, data);
        stack.postgres = stack.startPostgres();
        stack.kafka = stack.startKafka();
        try {
            for (Service service : SERVICES) {
                stack.startService(service);
            }
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

    public String consoleUrl() {
        return url(settings.consolePort());
    }

    /**
     * The {@code Authorization} value of the operators' scripts (role ADMIN on every service): the override of
     * {@code fapiao.auth.callers.ops.token}, the environment's {@code FAPIAO_OPS_TOKEN}, or the development default.
     */
    public String opsCredential() {
        return "Bearer "
                + settings.overrides()
                        .getOrDefault(
                                OPS_TOKEN_PROPERTY,
                                Optional.ofNullable(System.getenv("FAPIAO_OPS_TOKEN"))
                                        .orElse(DEV_OPS_TOKEN));
    }

    /** The {@code Authorization} value Prometheus scrapes the services' metrics with, in the dev profile. */
    public String scrapeCredential() {
        return "Bearer "
                + Optional.ofNullable(System.getenv("FAPIAO_SCRAPE_TOKEN")).orElse(DEV_SCRAPE_TOKEN);
    }

    /** JDBC URL of one service's schema with the credentials, for tooling that checks what the services stored. */
    public String jdbcUrl(String schema) {
        return postgres.jdbcUrl(schema) + "&user=" + postgres.username() + "&password=" + postgres.password();
    }

    /** Closes upload-service's context (a graceful stop, as on a deployment) and starts a fresh one. */
    public void restartUpload() {
        restart(UPLOAD);
    }

    public void restartSync() {
        restart(SYNC);
    }

    /** Stops the broker and starts it again on its log directory and ports; clients reconnect on their own. */
    public void restartKafka() throws Exception {
        kafka.close();
        kafka = startKafka();
    }

    /** Stops PostgreSQL and starts it again on its data and port; connection pools replace broken connections. */
    public void restartPostgres() throws IOException {
        if (settings.dataDir() == null) {
            throw new IllegalStateException("PostgreSQL on temporary storage loses its data when stopped");
        }
        postgres.close();
        postgres = startPostgres();
    }

    @Override
    public void close() throws Exception {
        for (int i = SERVICES.size() - 1; i >= 0; i--) {
            Optional.ofNullable(applications.remove(SERVICES.get(i))).ifPresent(ConfigurableApplicationContext::close);
        }
        kafka.close();
        postgres.close();
    }

    private EmbeddedPostgresServer startPostgres() throws IOException {
        return EmbeddedPostgresServer.start(
                settings.dataDir() == null ? null : data.resolve("postgres"), settings.postgresPort());
    }

    private EmbeddedKafkaServer startKafka() throws Exception {
        return EmbeddedKafkaServer.start(data.resolve("kafka"), settings.kafkaPort(), settings.controllerPort());
    }

    private void restart(Service service) {
        applications.remove(service).close();
        startService(service);
    }

    /** Settings go in as command-line arguments: they must outrank each service's own configuration file. */
    private void startService(Service service) {
        Map<String, Object> properties = new LinkedHashMap<>(settings.overrides());
        properties.putIfAbsent("spring.profiles.active", DEV_PROFILE);
        properties.put("server.port", service.port().applyAsInt(settings));
        properties.put("spring.datasource.url", postgres.jdbcUrl(service.schema()));
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", postgres.password());
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("fapiao.tax.base-url", sandboxUrl());
        properties.put("fapiao.sync.api-keys.upload-url", uploadUrl());
        properties.put("fapiao.console.upload-url", uploadUrl());
        properties.put("fapiao.console.sync-url", syncUrl());
        properties.put("fapiao.console.alert-url", alertUrl());
        properties.put("spring.main.banner-mode", "off");
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        applications.put(service, service.application().get().run(arguments));
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }

    private record Service(
            Supplier<SpringApplicationBuilder> application, String schema, ToIntFunction<StackSettings> port) {}
}
