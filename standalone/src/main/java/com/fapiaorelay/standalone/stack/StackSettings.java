package com.fapiaorelay.standalone.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded stack keeps its data and listens. {@code dataDir} null means fresh temporary storage; {@code
 * overrides} are properties given to every service (timings, for a demo that ends in minutes); {@code postgresConfig}
 * server settings PostgreSQL starts with beyond its defaults (none but for the bench).
 */
public record StackSettings(
        Path dataDir,
        int postgresPort,
        int kafkaPort,
        int controllerPort,
        int sandboxPort,
        int uploadPort,
        int syncPort,
        int alertPort,
        int consolePort,
        Map<String, String> overrides,
        Map<String, String> postgresConfig) {

    /** The documented ports, data under {@code dataDir}, so a restart resumes where it stopped. */
    public static StackSettings persistent(Path dataDir, Map<String, String> overrides) {
        return new StackSettings(dataDir, 15432, 9092, 9093, 8090, 8081, 8082, 8083, 8080, overrides, Map.of());
    }

    /** Free ports and temporary storage, for tests and benchmarks that must not touch ./data. */
    public static StackSettings ephemeral(Map<String, String> overrides) {
        return restartable(null, overrides);
    }

    /**
     * Free ports, chosen once, and data under {@code dataDir}: Kafka and PostgreSQL can be stopped and started again
     * on their data and ports while the services reconnect, as the fault campaign does.
     */
    public static StackSettings restartable(Path dataDir, Map<String, String> overrides) {
        return new StackSettings(
                dataDir,
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                overrides,
                Map.of());
    }

    /** The same, PostgreSQL started with {@code config} on top of its defaults. */
    public StackSettings withPostgresConfig(Map<String, String> config) {
        return new StackSettings(
                dataDir,
                postgresPort,
                kafkaPort,
                controllerPort,
                sandboxPort,
                uploadPort,
                syncPort,
                alertPort,
                consolePort,
                overrides,
                config);
    }
}
