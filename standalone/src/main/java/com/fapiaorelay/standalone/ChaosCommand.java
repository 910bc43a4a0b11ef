package com.fapiaorelay.standalone;

import com.fapiaorelay.common.json.FapiaoJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./fapiao chaos [--cluster] [--invoices N] [--seed S] [--per-second R] [--rounds K]}: the fault campaign of
 * issue 10 in one JVM, or with {@code --cluster} the hard faults of issue 17 on the multi-process topology.
 */
final class ChaosCommand {

    private static final Path REPORT = Path.of("data", "chaos-report.json");

    private ChaosCommand() {}

    /** Exit code 0 only when the invariant held through every planned disruption. */
    static int run(List<String> options) throws Exception {
        int invoices = Integer.parseInt(FapiaoCommand.option(options, "--invoices", "100000"));
        long seed = Long.parseLong(FapiaoCommand.option(options, "--seed", "7"));
        ChaosPlan standard =
                options.contains("--cluster") ? ChaosPlan.cluster(invoices, seed) : ChaosPlan.standard(invoices, seed);
        ChaosPlan plan = standard.with(
                Integer.parseInt(FapiaoCommand.option(options, "--per-second", String.valueOf(standard.perSecond()))),
                Integer.parseInt(
                        FapiaoCommand.option(options, "--rounds", String.valueOf(standard.serviceRestarts()))));
        ChaosReport report = ChaosCampaign.run(plan, System.out);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, FapiaoJson.mapper().writeValueAsString(report));
        new ChaosPrinter(System.out).print(report);
        return report.passed() ? 0 : 1;
    }
}
