package com.fapiaorelay.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fapiaorelay.standalone.bench.Cost.ComponentCost;
import com.fapiaorelay.standalone.bench.KafkaTraffic.Appended;
import com.fapiaorelay.standalone.bench.PostgresProbe.Rows;
import com.fapiaorelay.standalone.bench.PostgresProbe.Writes;
import com.fapiaorelay.standalone.bench.PostgresStatements.Calls;
import com.fapiaorelay.standalone.bench.ResourceSampler.Garbage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostTest {

    private static final long SECOND = 1_000_000_000L;
    private static final String INSERT = "insert into upload.submission values ($1)";

    private final Usage start = new Usage(
            10 * SECOND,
            Map.of("upload", 5 * SECOND, ThreadCpu.HARNESS, SECOND, CostMeter.POSTGRES, 2 * SECOND),
            Map.of("upload", 1_000_000L, ThreadCpu.HARNESS, 500_000L),
            new Garbage(10, 200),
            Map.of("invoices.submitted", new Appended(100, 50_000)),
            writes(new Rows(1_000, 0, 0), 300, 1_000_000, new Calls(100, 100, 5)));

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
                Map.of("upload", 5_000_000L, ThreadCpu.HARNESS, 2_500_000L, "sync", 1_000_000L),
                new Garbage(14, 260),
                Map.of(
                        "invoices.submitted", new Appended(1_100, 550_000),
                        "invoices.status", new Appended(2_000, 800_000)),
                start.postgres());

        Cost cost = Cost.of(
                end.since(start)
                        .withPostgres(
                                writes(new Rows(3_000, 8_000, 2_000), 3_300, 6_000_000, new Calls(1_100, 1_100, 25))
                                        .minus(start.postgres())),
                "invoice",
                1_000);

        assertThat(cost.seconds()).isEqualTo(4.0);
        assertThat(cost.components()).first().isEqualTo(new ComponentCost("upload", 2_000, 0.5, 4_000));
        assertThat(cost.cpuMicros()).isEqualTo(5_000);
        assertThat(cost.pipelineCpuMicros()).isEqualTo(4_000);
        assertThat(cost.pipelineCores()).isEqualTo(1.0);
        assertThat(cost.pipelineAllocatedBytes()).isEqualTo(5_000);
        assertThat(cost.gcCollections()).isEqualTo(4);
        assertThat(cost.gcMillis()).isEqualTo(60);
        assertThat(cost.coresOf(ThreadCpu.HARNESS)).isEqualTo(0.25);
        assertThat(cost.coresOf("alert")).isZero();
        assertThat(cost.cpuMicrosOf("upload", ThreadCpu.HARNESS, "alert")).isEqualTo(3_000);
        assertThat(cost.kafkaRecords()).isEqualTo(3.0);
        assertThat(cost.kafkaBytes()).isEqualTo(1_300);
        assertThat(cost.kafkaBytesByTopic())
                .containsEntry("invoices.status", 800.0)
                .containsEntry("invoices.submitted", 500.0);
        assertThat(cost.postgresRows()).isEqualTo(12.0);
        assertThat(cost.postgresRowsByTable()).containsExactly(Map.entry("upload.submission", new Rows(2, 8, 2)));
        assertThat(cost.postgresCommits()).isEqualTo(3.0);
        assertThat(cost.walBytes()).isEqualTo(5_000);
        assertThat(cost.postgresStatements()).containsExactly(Map.entry(INSERT, new Calls(1, 1, 0.02)));
    }

    @Test
    void takesTheIdleStacksCpuOverAsLongOffThePipelinesCost() {
        Usage saturated = new Usage(
                14 * SECOND,
                Map.of("upload", 7 * SECOND, ThreadCpu.HARNESS, SECOND, CostMeter.POSTGRES, 2 * SECOND),
                Map.of(),
                start.garbage(),
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
                start.garbage(),
                Map.of(),
                start.postgres());

        Cost busy = Cost.of(saturated.since(start), "invoice", 1_000);
        Cost idle = Cost.of(idleEnd.since(start), "second", 10);

        assertThat(idle.pipelineCores()).isCloseTo(0.02, within(1e-9));
        assertThat(idle.pipelineCpuMicros()).isCloseTo(20_000, within(1e-6));
        assertThat(busy.pipelineCpuMicrosNetOf(idle)).isCloseTo(2_000 - 0.02 * 4 * 1e6 / 1_000, within(1e-6));
    }

    @Test
    void keepsTheStatementsThatTookLongestTheLongestFirst() {
        Map<String, Calls> ran = new HashMap<>();
        for (int i = 0; i < Cost.STATEMENTS + 5; i++) {
            ran.put("select " + i, new Calls(1, 0, i + 1));
        }
        Writes writes = new Writes(Map.of(), 0, 0, ran);
        Usage spent = new Usage(SECOND, Map.of(), Map.of(), new Garbage(0, 0), Map.of(), writes);

        Cost cost = Cost.of(spent, "invoice", 1);

        assertThat(cost.postgresStatements()).hasSize(Cost.STATEMENTS);
        assertThat(cost.postgresStatements().keySet()).first().isEqualTo("select " + (Cost.STATEMENTS + 4));
        assertThat(cost.postgresStatements()).doesNotContainKey("select 0");
    }

    private static Writes writes(Rows submissions, long commits, long wal, Calls inserts) {
        return new Writes(
                Map.of("upload.submission", submissions, "sync.ledger", new Rows(5, 0, 0)),
                commits,
                wal,
                Map.of(INSERT, inserts));
    }
}
