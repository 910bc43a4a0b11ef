package com.fapiaorelay.standalone.scale;

import com.fapiaorelay.standalone.cluster.ClusterStack;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.standalone.stack.PostgresCpu;
import com.fapiaorelay.standalone.stack.Reports;
import com.fapiaorelay.standalone.stack.StackSettings;
import com.fapiaorelay.standalone.stack.Timings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The same load through the embedded stack in one JVM, then through the cluster topology, first with upload-service's
 * second instance stopped and then with it back: both stacks with the services' defaults and the sandbox answering
 * each batch in 20 ms without faults, each warmed up with a first phase that is not counted.
 */
public final class ScaleRun {

    private static final String SECOND_UPLOAD = "upload-2";

    /** The demo's timings with the sandbox answering each batch in 20 ms, as the bench's; the services' defaults. */
    private static final Map<String, String> TIMINGS = Timings.demoWith(Map.of("fapiao.sandbox.batch-latency", "20ms"));

    private final int invoices;
    private final PrintStream out;
    private final List<ScaleReport.Phase> phases = new ArrayList<>();

    private ScaleRun(int invoices, PrintStream out) {
        this.invoices = invoices;
        this.out = out;
    }

    /** Measures, writes the report to {@code reportFile} and prints it. */
    public static ScaleReport runAndReport(int invoices, Path reportFile, PrintStream out) throws Exception {
        String loadBefore = loadAverage();
        List<ScaleReport.Phase> phases = new ScaleRun(invoices, out).measure();
        ScaleReport report = new ScaleReport(machine(), loadBefore, loadAverage(), phases);
        Reports.write(reportFile, report);
        new ScalePrinter(out).print(report);
        return report;
    }

    private List<ScaleReport.Phase> measure() throws Exception {
        out.println("单 JVM / the embedded stack in one JVM ...");
        try (EmbeddedStack stack = EmbeddedStack.start(StackSettings.ephemeral(TIMINGS))) {
            Drain drain = new Drain(stack, ProcessCpu.ofThisJvm(PostgresCpu.serving(stack.jdbcUrl("sync"))), out);
            drain.run("warm-up", invoices);
            phases.add(drain.run(ScaleReport.SINGLE_JVM, invoices));
        }
        Path data = Files.createTempDirectory("fapiao-scale");
        out.printf("集群 / the cluster, data and logs in %s ...%n", data);
        try (ClusterStack cluster = ClusterStack.onFreePorts(data, TIMINGS, out)) {
            Drain drain = new Drain(
                    cluster,
                    ProcessCpu.ofCluster(PostgresCpu.serving(cluster.jdbcUrl("sync")), cluster::processHandles),
                    out);
            drain.run("warm-up", invoices);
            cluster.retire(SECOND_UPLOAD);
            phases.add(drain.run(ScaleReport.ONE_UPLOAD, invoices));
            cluster.resume(SECOND_UPLOAD);
            phases.add(drain.run(ScaleReport.TWO_UPLOADS, invoices));
        }
        return phases;
    }

    /** The processor model as well: a figure per invoice is comparable only on the same kind of core. */
    private static String machine() throws IOException {
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("unknown processor");
        return Runtime.getRuntime().availableProcessors() + " × " + model + ", Java "
                + System.getProperty("java.version");
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
