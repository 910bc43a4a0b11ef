package com.fapiaorelay.standalone.demo;

import java.io.PrintStream;

/** Prints the demo's final accounting as a person reads it. */
final class ReportPrinter {

    private final PrintStream out;

    ReportPrinter(PrintStream out) {
        this.out = out;
    }

    void print(DemoReport report) {
        out.println();
        out.println("最终核对 / final accounting");
        out.printf("  提交 submitted                 %8d%n", report.submitted());
        report.byState().forEach((state, count) -> out.printf("  %-30s %8d%n", state, count));
        out.printf("  已确认 confirmed in tax system %8d%n", report.confirmed());
        out.printf("  交人工 with a human + alert    %8d%n", report.needingHuman());
        out.printf("  重复上传 duplicate uploads      %8d%n", report.duplicateUploads());
        out.printf("  告警 alerts raised              %8d%n", report.alertsRaised());
        out.printf("  下落不明 unaccounted for        %8d%n", report.unaccounted());
        out.printf("  用时 seconds                   %8.1f%n", report.seconds());
        out.println(
                report.allAccountedFor()
                        ? "每张发票都有着落 / every invoice is accounted for"
                        : "有发票下落不明 / some invoices are unaccounted for");
        out.println("报告 / report: data/demo-report.json");
    }
}
