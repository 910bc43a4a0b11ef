package com.fapiaorelay.standalone.cluster;

import com.fapiaorelay.standalone.cluster.ClusterRole.Part;
import java.io.PrintStream;

/** What {@code ./fapiao cluster} prints once it is up: where each part answers and where the logs are. */
final class ClusterAddresses {

    private ClusterAddresses() {}

    static void print(ClusterLayout layout, PrintStream out) {
        out.println(
                "控制台 / console:  " + layout.consoleUrl() + "  (clerk / fapiao-clerk, supervisor / fapiao-reviewer)");
        out.println("Kafka bootstrap:   " + layout.kafkaBootstrapServers() + "  (RF 3, min.insync.replicas 2)");
        out.println("PostgreSQL:        " + layout.jdbcUrl("upload"));
        for (Part part : new Part[] {Part.SANDBOX, Part.UPLOAD, Part.SYNC, Part.ALERT}) {
            for (ClusterRole role : ClusterRole.of(part)) {
                out.printf("%-18s %s%n", role.name() + ":", layout.url(role));
            }
        }
        out.println("日志 / logs: " + layout.path().resolve("logs"));
    }
}
