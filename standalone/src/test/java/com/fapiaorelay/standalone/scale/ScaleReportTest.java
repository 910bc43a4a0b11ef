package com.fapiaorelay.standalone.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fapiaorelay.standalone.stack.PostgresCpu;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScaleReportTest {

    private static final PostgresCpu NO_SERVER = PostgresCpu.ofPostmaster(-1);

    @Test
    void cpuPerInvoiceIsEachProcessDeltaOverTheInvoicesWithTheirSum() {
        Map<String, Long> before = Map.of("upload-1", 1_000_000_000L, "postgres", 0L);
        Map<String, Long> after = new java.util.LinkedHashMap<>();
        after.put("upload-1", 3_000_000_000L);
        after.put("postgres", 500_000_000L);
        after.put("upload-2", 1_000_000_000L);

        Map<String, Long> micros = ProcessCpu.perInvoice(before, after, 1_000);

        assertThat(micros)
                .containsExactly(
                        Map.entry("upload-1", 2_000L),
                        Map.entry("postgres", 500L),
                        Map.entry("upload-2", 1_000L),
                        Map.entry("total", 3_500L));
    }

    @Test
    void ratiosCompareTheClusterWithTwoUploadInstancesToTheSingleJvmAndToOneInstance() {
        var report = new ScaleReport(
                "test",
                "0",
                "0",
                List.of(
                        phase(ScaleReport.SINGLE_JVM, 400),
                        phase(ScaleReport.ONE_UPLOAD, 200),
                        phase(ScaleReport.TWO_UPLOADS, 300)));

        assertThat(report.clusterOverSingleJvm()).isCloseTo(0.75, within(1e-9));
        assertThat(report.twoUploadsOverOne()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void thisJvmCountsItsOwnCpuAndNoServerWhereNoPostmasterListens() {
        Map<String, Long> first = ProcessCpu.ofThisJvm(NO_SERVER).snapshot();
        long spent = 0;
        for (int i = 0; i < 50_000_000; i++) {
            spent += i % 7;
        }
        Map<String, Long> second = ProcessCpu.ofThisJvm(NO_SERVER).snapshot();

        assertThat(spent).isPositive();
        assertThat(second.values().iterator().next())
                .isGreaterThan(first.values().iterator().next());
        assertThat(second).containsEntry("postgres server", 0L);
    }

    private static ScaleReport.Phase phase(String label, double perSecond) {
        return new ScaleReport.Phase(label, 1_000, 1_000 / perSecond, perSecond, Map.of());
    }
}
