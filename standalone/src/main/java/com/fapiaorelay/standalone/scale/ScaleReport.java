package com.fapiaorelay.standalone.scale;

import java.util.List;
import java.util.Map;

/**
 * What {@code ./fapiao scale} measured: each phase's rate and CPU per invoice by process, and the two ratios issue 17
 * asks for (the cluster against the single JVM, two upload-service instances against one, both from one run).
 */
public record ScaleReport(String machine, String loadAverageBefore, String loadAverageAfter, List<Phase> phases) {

    /** One phase: invoices published at once, seconds until all were CONFIRMED, and CPU µs per invoice by process. */
    public record Phase(String label, int invoices, double seconds, double perSecond, Map<String, Long> cpuMicros) {}

    /** The phase labels, in the order they run. */
    static final String SINGLE_JVM = "single JVM";

    static final String ONE_UPLOAD = "cluster, 1 upload-service";
    static final String TWO_UPLOADS = "cluster, 2 upload-service";

    public double clusterOverSingleJvm() {
        return phase(TWO_UPLOADS).perSecond() / phase(SINGLE_JVM).perSecond();
    }

    public double twoUploadsOverOne() {
        return phase(TWO_UPLOADS).perSecond() / phase(ONE_UPLOAD).perSecond();
    }

    private Phase phase(String label) {
        return phases.stream()
                .filter(phase -> phase.label().equals(label))
                .findFirst()
                .orElseThrow();
    }
}
