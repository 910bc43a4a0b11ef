package com.fapiaorelay.standalone.scale;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Set;

/** The scale report as a table: one column per phase, one row per process's CPU µs per invoice. */
final class ScalePrinter {

    private final PrintStream out;

    ScalePrinter(PrintStream out) {
        this.out = out;
    }

    void print(ScaleReport report) {
        out.printf(
                "%n扩展 / scale: %s; load average %s → %s%n",
                report.machine(), report.loadAverageBefore(), report.loadAverageAfter());
        out.printf("%-40s", "");
        report.phases().forEach(phase -> out.printf("%28s", phase.label()));
        out.printf("%n%-40s", "invoices → CONFIRMED per second");
        report.phases().forEach(phase -> out.printf("%28.0f", phase.perSecond()));
        Set<String> processes = new LinkedHashSet<>();
        report.phases().forEach(phase -> processes.addAll(phase.cpuMicros().keySet()));
        for (String process : processes) {
            out.printf("%n%-40s", "CPU µs/invoice, " + process);
            report.phases()
                    .forEach(phase -> out.printf(
                            "%28s",
                            phase.cpuMicros().getOrDefault(process, null) == null
                                    ? "—"
                                    : String.format("%,d", phase.cpuMicros().get(process))));
        }
        out.printf(
                "%n%ncluster / single JVM: %.2f×   2 / 1 upload-service instances: %.2f×%n",
                report.clusterOverSingleJvm(), report.twoUploadsOverOne());
    }
}
