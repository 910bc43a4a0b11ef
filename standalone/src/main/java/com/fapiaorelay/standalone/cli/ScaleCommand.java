package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.standalone.scale.ScaleRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./fapiao scale}: the cluster's rate and CPU per invoice against the single JVM's, and its scaling. */
@Command(
        name = "scale",
        showDefaultValues = true,
        header = "扩展测量 / the cluster against one JVM, one upload-service instance against two",
        description = "The same invoices through the embedded stack in one JVM, then through the cluster topology"
                + " with one and then two upload-service instances; rates to CONFIRMED and CPU µs per invoice of"
                + " every process, in data/scale-report.json.")
final class ScaleCommand implements Callable<Integer> {

    @Option(
            names = "--invoices",
            paramLabel = "N",
            defaultValue = "10000",
            converter = OptionValues.Positive.class,
            description = "每个阶段的发票数 / invoices per phase (each stack also warms up with as many)")
    int invoices;

    @Override
    public Integer call() throws Exception {
        ScaleRun.runAndReport(invoices, FapiaoCommand.DATA.resolve("scale-report.json"), System.out);
        return 0;
    }
}
