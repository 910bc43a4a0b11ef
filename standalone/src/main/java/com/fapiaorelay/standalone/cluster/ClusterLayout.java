package com.fapiaorelay.standalone.cluster;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.kit.embedded.EmbeddedKafkaServer.Member;
import com.fapiaorelay.kit.embedded.EmbeddedPostgresServer;
import com.fapiaorelay.standalone.cluster.ClusterRole.Part;
import com.fapiaorelay.standalone.stack.FreePorts;
import com.fapiaorelay.standalone.stack.RunningStack;
import com.fapiaorelay.standalone.stack.ServiceWiring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Where every process of the cluster listens and keeps its data, and the properties every service gets. The
 * supervisor writes it to {@code layout.json} in the cluster's directory; each role process reads it there. As a
 * {@link RunningStack} it names the first instance of each service: how one service is told of another.
 */
record ClusterLayout(String directory, Map<String, Integer> ports, Map<String, String> overrides)
        implements RunningStack {

    private static final String FILE = "layout.json";
    private static final String CONTROLLER = "-controller";
    /** {@code ./fapiao cluster}'s ports: apart from the one-JVM stack's, so both can run at once. */
    private static final int FIXED_BASE = 28000;

    /** The documented ports, counted up from 28000. */
    static ClusterLayout fixed(Path directory, Map<String, String> overrides) {
        int[] next = {FIXED_BASE};
        return of(directory, () -> next[0]++, overrides);
    }

    /** Ports free at this moment, for a campaign that must not collide with anything else running. */
    static ClusterLayout free(Path directory, Map<String, String> overrides) {
        return of(directory, FreePorts::next, overrides);
    }

    private static ClusterLayout of(Path directory, IntSupplier port, Map<String, String> overrides) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ClusterRole role : ClusterRole.all()) {
            ports.put(role.name(), port.getAsInt());
            if (role.part() == Part.KAFKA) {
                ports.put(role.name() + CONTROLLER, port.getAsInt());
            }
        }
        Map<String, String> withReplicas = new HashMap<>(overrides);
        withReplicas.put("fapiao.kafka.replicas", "3");
        return new ClusterLayout(directory.toAbsolutePath().toString(), ports, withReplicas);
    }

    static ClusterLayout read(Path directory) throws IOException {
        return FapiaoJson.mapper().readValue(Files.readString(directory.resolve(FILE)), ClusterLayout.class);
    }

    void write() throws IOException {
        Files.createDirectories(path());
        Files.writeString(path().resolve(FILE), FapiaoJson.mapper().writeValueAsString(this));
    }

    Path path() {
        return Path.of(directory);
    }

    int port(ClusterRole role) {
        return ports.get(role.name());
    }

    List<Member> brokers() {
        return ClusterRole.of(Part.KAFKA).stream()
                .map(b -> new Member(b.instance(), port(b), ports.get(b.name() + CONTROLLER)))
                .toList();
    }

    String url(ClusterRole role) {
        return "http://localhost:" + port(role);
    }

    ServiceWiring wiring() {
        return new ServiceWiring(this, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, overrides);
    }

    @Override
    public String kafkaBootstrapServers() {
        return brokers().stream().map(b -> "localhost:" + b.port()).collect(Collectors.joining(","));
    }

    @Override
    public String sandboxUrl() {
        return url(new ClusterRole(Part.SANDBOX, 1));
    }

    @Override
    public String uploadUrl() {
        return url(new ClusterRole(Part.UPLOAD, 1));
    }

    @Override
    public String syncUrl() {
        return url(new ClusterRole(Part.SYNC, 1));
    }

    @Override
    public String alertUrl() {
        return url(new ClusterRole(Part.ALERT, 1));
    }

    @Override
    public String consoleUrl() {
        return url(new ClusterRole(Part.CONSOLE, 1));
    }

    @Override
    public String opsCredential() {
        return ServiceWiring.opsCredential(overrides);
    }

    @Override
    public String jdbcUrl(String schema) {
        return EmbeddedPostgresServer.jdbcUrl(port(new ClusterRole(Part.POSTGRES, 1)), schema) + "&user="
                + EmbeddedPostgresServer.USER + "&password=" + EmbeddedPostgresServer.PASSWORD;
    }
}
