package com.fapiaorelay.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fapiaorelay.standalone.bench.Cost.ComponentCost;
import com.fapiaorelay.standalone.bench.KafkaTraffic.Appended;
import com.fapiaorelay.standalone.bench.PostgresProbe.Writes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostTest {

    private static final long SECOND = 1_000_000_000L;

    private final Usage start = new Usage(
            10 * SECOND,
            Map.of("upload", 5 * SECOND, ThreadCpu.HARNESS, SECOND, CostMeter.POSTGRES, 2 * SECOND),
            Map.of("invoices.submitted", new Appended(100, 50_000)),
            new Writes(1_000, 300, 1_000_000));

    @Test
    void dividesWhatAStretchSpentByTheInvoicesItCarried() {
        Usage end = new Usage(
                14 * SECOND,
                Map.of(
                        "upload",
                        7 * SECOND,
                        ThreadCpu.HARNESS,
                        2 * SECOND,
                        CostMeter.POSTGRES,
                        3 * SECOND,
                        "sync",
                        SECOND),
                Map.of(
                        "invoices.submitted", new Appended(1_100, 550_000),
                        "invoices.status", new Appended(2_000, 800_000)),
                new Writes(1_000, 300, 1_000_000));

        Cost cost = Cost.of(
                end.since(start).withPostgres(new Writes(13_000, 3_300, 6_000_000).minus(start.postgres())),
                "invoice",
                1_000);

        assertThat(cost.seconds()).isEqualTo(4.0);
        assertThat(cost.components()).first().isEqualTo(new ComponentCost("upload", 2_000, 0.5));
        assertThat(cost.cpuMicros()).isEqualTo(5_000);
        assertThat(cost.pipelineCpuMicros()).isEqualTo(4_000);
        assertThat(cost.pipelineCores()).isEqualTo(1.0);
        assertThat(cost.coresOf(ThreadCpu.HARNESS)).isEqualTo(0.25);
        assertThat(cost.coresOf("alert")).isZero();
        assertThat(cost.cpuMicrosOf("upload", ThreadCpu.HARNESS, "alert")).isEqualTo(3_000);
        assertThat(cost.kafkaRecords()).isEqualTo(3.0);
        assertThat(cost.kafkaBytes()).isEqualTo(1_300);
        assertThat(cost.kafkaBytesByTopic())
                .containsEntry("invoices.status", 800.0)
                .containsEntry("invoices.submitted", 500.0);
        assertThat(cost.postgresRows()).isEqualTo(12.0);
        assertThat(cost.postgresCommits()).isEqualTo(3.0);
        assertThat(cost.walBytes()).isEqualTo(5_000);
    }

    @Test
    void takesTheIdleStacksCpuOverAsLongOffThePipelinesCost() {
        Usage saturated = new Usage(
                14 * SECOND,
                Map.of("upload", 7 * SECOND, ThreadCpu.HARNESS, SECOND, CostMeter.POSTGRES, 2 * SECOND),
                Map.of(),
                start.postgres());
        Usage idleEnd = new Usage(
                20 * SECOND,
                Map.of(
                        "upload",
                        5 * SECOND + SECOND / 10,
                        ThreadCpu.HARNESS,
                        SECOND,
                        CostMeter.POSTGRES,
                        2 * SECOND + SECOND / 10),
                Map.of(),
                start.postgres());

        Cost busy = Cost.of(saturated.since(start), "invoice", 1_000);
        Cost idle = Cost.of(idleEnd.since(start), "second", 10);

        assertThat(idle.pipelineCores()).isCloseTo(0.02, within(1e-9));
        assertThat(idle.pipelineCpuMicros()).isCloseTo(20_000, within(1e-6));
        assertThat(busy.pipelineCpuMicrosNetOf(idle)).isCloseTo(2_000 - 0.02 * 4 * 1e6 / 1_000, within(1e-6));
    }
}
