package com.fapiaorelay.kit.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One Kafka broker in KRaft combined mode (broker and controller), in this JVM, keeping its log under a directory of
 * ours so a restart resumes where it stopped: alone, or one voter of a quorum whose brokers replicate every topic.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private static final String CLUSTER_ID = "ZmFwaWFvLXJlbGF5LTAx";
    private static final String CONTROLLER = "CONTROLLER";
    private static final int MAX_REPLICAS = 3;

    /**
     * A lone broker shares its JVM and two cores with the services: every idle thread that wakes on a timer costs
     * them (docs/benchmarks.md, cost cuts, idle). Each handler thread polls its queue every 300 ms and the active
     * controller appends a no-op record to the metadata log every 500 ms by default; one node needs neither the
     * threads nor that liveness signal, and its broker heartbeats reach a controller in the same process.
     */
    private static final Map<String, String> LONE_NODE_IDLE = Map.of(
            "num.network.threads", "1",
            "num.io.threads", "2",
            "background.threads", "2",
            "group.coordinator.threads", "1",
            "metadata.max.idle.interval.ms", "30000",
            "broker.heartbeat.interval.ms", "5000",
            "broker.session.timeout.ms", "30000");

    private final KafkaRaftServer server;
    private final int port;

    private EmbeddedKafkaServer(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** One voter of a quorum: its node id, client port and controller port. */
    public record Member(int nodeId, int port, int controllerPort) {}

    /** A broker alone: replication factor 1. */
    public static EmbeddedKafkaServer start(Path logDir, int port, int controllerPort) throws Exception {
        return start(logDir, 1, List.of(new Member(1, port, controllerPort)));
    }

    /**
     * Formats the log directory once (later starts keep it) and starts broker {@code nodeId} of {@code quorum}. With
     * three or more members, every topic has three replicas and a write needs two of them in sync.
     */
    public static EmbeddedKafkaServer start(Path logDir, int nodeId, List<Member> quorum) throws Exception {
        Member self = quorum.stream()
                .filter(m -> m.nodeId() == nodeId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("node " + nodeId + " is not in the quorum"));
        KafkaConfig config = new KafkaConfig(settings(logDir, self, quorum));
        new Formatter()
                .setClusterId(CLUSTER_ID)
                .setNodeId(config.nodeId())
                .setControllerListenerName(CONTROLLER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .setDirectories(List.of(logDir.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setIgnoreFormatted(true)
                .setPrintStream(System.out)
                .run();
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new EmbeddedKafkaServer(server, self.port());
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Map<String, Object> settings(Path logDir, Member self, List<Member> quorum) {
        String replicas = String.valueOf(Math.min(MAX_REPLICAS, quorum.size()));
        String inSync = quorum.size() > 1 ? "2" : "1";
        Map<String, Object> settings = new HashMap<>(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(self.nodeId())),
                Map.entry(
                        "controller.quorum.voters",
                        quorum.stream()
                                .map(m -> m.nodeId() + "@localhost:" + m.controllerPort())
                                .collect(Collectors.joining(","))),
                Map.entry(
                        "listeners",
                        "PLAINTEXT://localhost:" + self.port() + ",CONTROLLER://localhost:" + self.controllerPort()),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + self.port()),
                Map.entry("controller.listener.names", CONTROLLER),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDir.toString()),
                Map.entry("default.replication.factor", replicas),
                Map.entry("min.insync.replicas", inSync),
                Map.entry("offsets.topic.replication.factor", replicas),
                Map.entry("offsets.topic.num.partitions", "6"),
                Map.entry("transaction.state.log.replication.factor", replicas),
                Map.entry("transaction.state.log.min.isr", inSync),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("num.partitions", "6")));
        if (quorum.size() == 1) {
            // alone, the page cache is the only copy: bound what an OS crash can take to a second of records. The
            // interval alone does nothing: Kafka's flusher only looks every log.flush.scheduler.interval.ms, by
            // default never (Long.MAX_VALUE in kafka-server-common 4.1.2's ServerLogConfigs).
            settings.put("log.flush.interval.ms", "1000");
            settings.put("log.flush.scheduler.interval.ms", "1000");
            settings.putAll(LONE_NODE_IDLE);
        }
        return settings;
    }
}
