package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.standalone.cluster.ClusterStack;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code ./fapiao cluster}: the multi-process topology with data under {@code ./data/cluster}, on the fixed ports it
 * prints, until Ctrl-C; then every process is stopped gracefully, the services before Kafka and PostgreSQL.
 */
@Command(
        name = "cluster",
        header = "集群 / every part its own JVM, two of each service",
        description = "PostgreSQL, three Kafka brokers (RF 3), the sandbox, two instances of each service and the"
                + " console, each a supervised process; ports from 28000, data and logs in data/cluster"
                + " (docs/operations.md). Runs until Ctrl-C.")
final class ClusterCommand implements Callable<Integer> {

    private static final Path DIRECTORY = FapiaoCommand.DATA.resolve("cluster");

    @Override
    public Integer call() throws Exception {
        System.out.println("启动集群 / starting the cluster: every part its own JVM, data in " + DIRECTORY + " ...");
        UntilStopped.await(ClusterStack.onFixedPorts(DIRECTORY, System.out));
        return 0;
    }
}
