package com.fapiaorelay.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.kit.embedded.EmbeddedPostgresServer;
import com.fapiaorelay.standalone.bench.ScratchTable.Batch;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The write yardstick on a real embedded PostgreSQL of its own. */
class PostgresWriteTimingIT {

    private static EmbeddedPostgresServer postgres;
    private static String jdbcUrl;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgresServer.start(null, SharedInfrastructure.freePort());
        jdbcUrl = postgres.jdbcUrl("public") + "&user=" + postgres.username() + "&password=" + postgres.password();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void insertsUpdatesAndDeletesABatchsRowsByKey() {
        var dataSource = new SingleConnectionDataSource(jdbcUrl, true);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        var table = new ScratchTable(jdbc);
        table.recreate();
        var batch = new Batch(new String[] {"S1", "S2"}, new String[] {"1", "1"}, new String[] {"{}", "{\"a\":1}"});
        var other = new Batch(new String[] {"S1"}, new String[] {"2"}, new String[] {"{}"});

        table.insert(batch);
        table.insert(other);
        table.update(batch);
        assertThat(jdbc.sql("SELECT count(*) FROM bench_scratch.row_cost WHERE state = 'UPLOADED' AND version = 2")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        table.delete(batch);
        assertThat(jdbc.sql("SELECT invoice_number FROM bench_scratch.row_cost")
                        .query(String.class)
                        .list())
                .containsExactly("2");
        table.drop();
        assertThat(schemaExists(jdbc)).isFalse();
        dataSource.destroy();
    }

    @Test
    void pricesEveryKindOfWriteAndLeavesNoScratchSchemaBehind() throws Exception {
        PostgresWriteYardstick yardstick = PostgresWriteTiming.measure(jdbcUrl, List.of("{\"invoice\":\"x\"}"));

        for (RowMicros measured : List.of(
                yardstick.invoiceRows().inBatches(),
                yardstick.invoiceRows().inLargeBatches(),
                yardstick.smallRows().inBatches(),
                yardstick.smallRows().inLargeBatches())) {
            assertThat(measured.inserted()).isPositive();
            assertThat(measured.updated()).isPositive();
            assertThat(measured.deleted()).isPositive();
        }
        assertThat(yardstick.invoicePayloadBytes()).isEqualTo(15.0);
        var dataSource = new SingleConnectionDataSource(jdbcUrl, true);
        assertThat(schemaExists(JdbcClient.create(dataSource))).isFalse();
        dataSource.destroy();
    }

    private static boolean schemaExists(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'bench_scratch'")
                        .query(Long.class)
                        .single()
                > 0;
    }
}
