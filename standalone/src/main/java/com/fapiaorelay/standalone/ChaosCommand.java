package com.fapiaorelay.standalone;

import com.fapiaorelay.common.json.FapiaoJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code ./fapiao chaos [--invoices N] [--seed S] [--per-second R]}: the fault campaign of issue 10. */
final class ChaosCommand {

    private static final Path REPORT = Path.of("data", "chaos-report.json");

    private ChaosCommand() {}

    /** Exit code 0 only when the invariant held through every planned disruption. */
    static int run(List<String> options) throws Exception {
        ChaosPlan standard = ChaosPlan.standard(
                Integer.parseInt(FapiaoCommand.option(options, "--invoices", "100000")),
                Long.parseLong(FapiaoCommand.option(options, "--seed", "7")));
        ChaosPlan plan = new ChaosPlan(
                standard.invoices(),
                standard.seed(),
                Integer.parseInt(FapiaoCommand.option(options, "--per-second", String.valueOf(standard.perSecond()))),
                standard.serviceRestarts(),
                standard.maintenance(),
                standard.settleLimit());
        ChaosReport report = ChaosCampaign.run(plan, System.out);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, FapiaoJson.mapper().writeValueAsString(report));
        new ChaosPrinter(System.out).print(report);
        return report.passed() ? 0 : 1;
    }
}
