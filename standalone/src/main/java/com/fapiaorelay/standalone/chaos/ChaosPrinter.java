package com.fapiaorelay.standalone.chaos;

import java.io.PrintStream;

/** Prints the campaign's result as a person reads it. */
final class ChaosPrinter {

    private final PrintStream out;

    ChaosPrinter(PrintStream out) {
        this.out = out;
    }

    void print(ChaosReport report) {
        out.println();
        out.println("故障演练结果 / fault campaign result");
        out.printf("  发票 invoices %d, seed %d, %.1fs%n", report.invoices(), report.seed(), report.seconds());
        out.println("  扰动 disruptions:");
        report.disruptions().forEach(line -> out.println("    " + line));
        out.println("  扰动次数 disruptions by kind: " + report.disruptionsByKind());
        out.println("  注入的故障 injected faults: " + report.injectedFaults());
        report.byState().forEach((state, count) -> out.printf("  %-30s %8d%n", state, count));
        out.printf("  已确认 confirmed in tax system %8d%n", report.confirmed());
        out.printf("  交人工 with a human + alert    %8d%n", report.withHumanAndAlert());
        out.printf("  下落不明 unaccounted for        %8d  %s%n", report.unaccounted(), report.unaccountedByReason());
        report.unaccountedEvidence().forEach(line -> out.println("    " + line));
        if (!report.missingEvidence().isEmpty()) {
            out.println("  仍缺失（已告警）/ MISSING after every re-upload round, alerted:");
            report.missingEvidence().forEach(line -> out.println("    " + line));
        }
        out.printf(
                "  重复上传 duplicate uploads      %8d  on %d invoices, %s%n",
                report.duplicateUploads(), report.invoicesUploadedMoreThanOnce(), report.duplicatesByVerdict());
        report.duplicateEvidence().forEach(line -> out.println("    " + line));
        if (report.unpublished() > 0) {
            out.printf("  未能提交 never acknowledged by Kafka %d%n", report.unpublished());
        }
        out.println(
                report.invariantHolds()
                        ? "不变量成立 / the invariant holds: every invoice is accounted for, every duplicate follows UNKNOWN"
                        : "不变量不成立 / the invariant does NOT hold");
        if (report.failedDisruptions() > 0) {
            out.printf("  %d 次扰动失败 / disruptions failed: the campaign is incomplete%n", report.failedDisruptions());
        }
        out.println("报告 / report: data/chaos-report.json");
    }
}
