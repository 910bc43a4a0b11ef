package com.fapiaorelay.standalone;

import com.fapiaorelay.standalone.ClusterRole.Part;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./fapiao cluster}: the multi-process topology with data under {@code ./data/cluster}, on the fixed ports it
 * prints, until Ctrl-C; then every process is stopped gracefully, the services before Kafka and PostgreSQL.
 */
final class ClusterCommand {

    private static final Path DIRECTORY = Path.of("data", "cluster");

    private ClusterCommand() {}

    static int run() throws Exception {
        System.out.println("启动集群 / starting the cluster: every part its own JVM, data in " + DIRECTORY + " ...");
        ClusterStack cluster = ClusterStack.start(ClusterLayout.fixed(DIRECTORY, Map.of()), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(cluster, stopped)));
        print(cluster.layout());
        System.out.println("日志 / logs: " + DIRECTORY.resolve("logs") + "   Ctrl-C 停止 / to stop");
        stopped.await();
        return 0;
    }

    private static void print(ClusterLayout layout) {
        System.out.println(
                "控制台 / console:  " + layout.consoleUrl() + "  (clerk / fapiao-clerk, supervisor / fapiao-reviewer)");
        System.out.println("Kafka bootstrap:   " + layout.kafkaBootstrapServers() + "  (RF 3, min.insync.replicas 2)");
        System.out.println("PostgreSQL:        " + layout.jdbcUrl("upload"));
        for (Part part : new Part[] {Part.SANDBOX, Part.UPLOAD, Part.SYNC, Part.ALERT}) {
            for (ClusterRole role : ClusterRole.of(part)) {
                System.out.printf("%-18s %s%n", role.name() + ":", layout.url(role));
            }
        }
    }

    private static void stop(ClusterStack cluster, CountDownLatch stopped) {
        try {
            cluster.close();
        } catch (Exception e) {
            System.err.println("shutdown: " + e);
        } finally {
            stopped.countDown();
        }
    }
}
