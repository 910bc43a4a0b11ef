package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.standalone.cluster.ClusterProcess;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fapiao role NAME DIRECTORY}: how {@code cluster} starts each of its processes; not for people. */
@Command(name = "role", hidden = true, header = "集群的一个进程 / one process of the cluster, started by it")
final class RoleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "postgres, kafka-1, upload-2, ...")
    String name;

    @Parameters(index = "1", paramLabel = "DIRECTORY", description = "the cluster's directory, with layout.json")
    Path directory;

    @Override
    public Integer call() throws Exception {
        return ClusterProcess.run(name, directory);
    }
}
