package com.fapiaorelay.standalone.stack;

import com.fapiaorelay.kit.embedded.EmbeddedKafkaServer;
import com.fapiaorelay.kit.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts PostgreSQL, Kafka, the sandbox and the three services, each service in its own Spring context. Parts restart
 * while the rest runs on; the services reconnect to a restarted Kafka or PostgreSQL as they would in production.
 */
public final class EmbeddedStack implements RunningStack, AutoCloseable {

    /** The header operators' scripts and Prometheus call the services with. */
    public static final String AUTHORIZATION = "Authorization";

    private static final String DEV_SCRAPE_TOKEN = "fapiao-relay-dev-scrape-token";

    /** In start order; they close in reverse. */
    private static final List<ServicePart> SERVICES = List.of(ServicePart.values());

    private final StackSettings settings;
    private final Path data;
    private final Map<ServicePart, ConfigurableApplicationContext> applications = new EnumMap<>(ServicePart.class);
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
            for (ServicePart service : SERVICES) {
                stack.startService(service);
            }
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String sandboxUrl() {
        return url(settings.sandboxPort());
    }

    @Override
    public String uploadUrl() {
        return url(settings.uploadPort());
    }

    @Override
    public String syncUrl() {
        return url(settings.syncPort());
    }

    @Override
    public String alertUrl() {
        return url(settings.alertPort());
    }

    @Override
    public String consoleUrl() {
        return url(settings.consolePort());
    }

    @Override
    public String opsCredential() {
        return ServiceWiring.opsCredential(settings.overrides());
    }

    /** The {@code Authorization} value Prometheus scrapes the services' metrics with, in the dev profile. */
    public String scrapeCredential() {
        return "Bearer "
                + Optional.ofNullable(System.getenv("FAPIAO_SCRAPE_TOKEN")).orElse(DEV_SCRAPE_TOKEN);
    }

    @Override
    public String jdbcUrl(String schema) {
        return postgres.jdbcUrl(schema) + "&user=" + postgres.username() + "&password=" + postgres.password();
    }

    /** Closes upload-service's context (a graceful stop, as on a deployment) and starts a fresh one. */
    public void restartUpload() {
        restart(ServicePart.UPLOAD);
    }

    public void restartSync() {
        restart(ServicePart.SYNC);
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
                settings.dataDir() == null ? null : data.resolve("postgres"),
                settings.postgresPort(),
                settings.postgresConfig());
    }

    private EmbeddedKafkaServer startKafka() {
        return PartThreads.start(
                "kafka",
                () -> EmbeddedKafkaServer.start(
                        data.resolve("kafka"), settings.kafkaPort(), settings.controllerPort()));
    }

    private void restart(ServicePart service) {
        applications.remove(service).close();
        startService(service);
    }

    private void startService(ServicePart service) {
        var wiring = new ServiceWiring(this, postgres.username(), postgres.password(), settings.overrides());
        String[] arguments = wiring.arguments(postgres.jdbcUrl(service.schema()), port(service));
        applications.put(
                service,
                PartThreads.start(service.schema(), () -> service.application().run(arguments)));
    }

    private int port(ServicePart service) {
        return switch (service) {
            case SANDBOX -> settings.sandboxPort();
            case UPLOAD -> settings.uploadPort();
            case SYNC -> settings.syncPort();
            case ALERT -> settings.alertPort();
            case CONSOLE -> settings.consolePort();
        };
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }
}
