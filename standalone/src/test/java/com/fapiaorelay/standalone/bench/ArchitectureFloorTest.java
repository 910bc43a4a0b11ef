package com.fapiaorelay.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fapiaorelay.standalone.bench.KafkaTraffic.Appended;
import com.fapiaorelay.standalone.bench.PostgresProbe.Rows;
import com.fapiaorelay.standalone.bench.PostgresProbe.Writes;
import com.fapiaorelay.standalone.bench.PostgresWriteYardstick.RowCost;
import com.fapiaorelay.standalone.bench.ResourceSampler.Garbage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchitectureFloorTest {

    private static final long SECOND = 1_000_000_000L;

    /** Rows without the JSON: 10, 12 and 8 µs a row of its own, 200, 400 and 100 µs a statement with its commit. */
    private static final PostgresWriteYardstick POSTGRES = new PostgresWriteYardstick(
            40,
            500,
            1_400,
            RowCost.of(20_000, 40, new RowMicros(15, 20, 10), 500, new RowMicros(11, 16, 6)),
            RowCost.of(20_000, 40, new RowMicros(15, 22, 10.5), 500, new RowMicros(10.4, 12.8, 8.2)));

    private static final Yardsticks YARDSTICKS = new Yardsticks(9, 8, 25, POSTGRES, 7_000, 40, 37);

    @Test
    void pricesTheRunsRowsRecordsAndDocumentsAtTheYardsticks() {
        ArchitectureFloor floor = ArchitectureFloor.of(thousandInvoices(), 1_400, YARDSTICKS);

        assertThat(floor.postgresRows()).isEqualTo(7.0);
        assertThat(floor.postgresCommits()).isEqualTo(0.5);
        assertThat(floor.postgresMicros()).isCloseTo(3 * 10 + 2 * 12 + 2 * 8 + 0.5 * 100, within(1e-9));
        assertThat(floor.postgresMicrosAsInvoiceRowsInBatches()).isEqualTo(3 * 15 + 2 * 20 + 2 * 10);
        assertThat(floor.kafkaRecords()).isEqualTo(4.0);
        assertThat(floor.kafkaMicros()).isEqualTo(4 * 40);
        assertThat(floor.jacksonMicros())
                .isEqualTo(ArchitectureFloor.INVOICE_READS * 25 + ArchitectureFloor.INVOICE_WRITES * 8);
        assertThat(floor.totalMicros()).isCloseTo(120 + 160 + floor.jacksonMicros(), within(1e-9));
        assertThat(floor.pipelineMicros()).isEqualTo(1_500);
        assertThat(floor.pipelineMicrosNetOfIdle()).isEqualTo(1_400);
    }

    /** 1,000 invoices: 1.5 s of upload-service's CPU, 4,000 Kafka records, 7,000 PostgreSQL rows in two tables. */
    private static Cost thousandInvoices() {
        Writes writes = new Writes(
                Map.of(
                        "upload.submission", new Rows(1_000, 2_000, 0),
                        "upload.outbox", new Rows(2_000, 0, 2_000)),
                500,
                0,
                Map.of());
        Usage spent = new Usage(
                SECOND,
                Map.of("upload", 3 * SECOND / 2, ThreadCpu.HARNESS, SECOND),
                Map.of(),
                new Garbage(0, 0),
                Map.of("fapiao.invoices.submitted", new Appended(4_000, 6_000_000)),
                writes);
        return Cost.of(spent, "invoice", 1_000);
    }
}
