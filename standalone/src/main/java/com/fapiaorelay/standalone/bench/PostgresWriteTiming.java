package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.bench.PostgresWriteYardstick.RowCost;
import com.fapiaorelay.standalone.bench.ScratchTable.Batch;
import com.fapiaorelay.standalone.stack.PostgresCpu;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Times PostgreSQL's writes on a {@link ScratchTable}, dropped afterwards, over one connection in auto-commit (a
 * commit per statement), after a smaller pass that warms the backend up. The time is the CPU of the server's processes
 * ({@link PostgresCpu}: postmaster, backends, WAL writer, checkpointer), as the pipeline's PostgreSQL row counts it; the
 * little the idle stack's polling spends in the meantime is in it too.
 */
final class PostgresWriteTiming {

    static final int INVOICE_ROWS = 20_000;

    /** /proc counts CPU in ticks of 10 ms: rows without the JSON cost a tenth as much, so five times as many. */
    static final int SMALL_ROWS = 100_000;

    static final int BATCH = 40;
    static final int LARGE_BATCH = 500;

    private static final int WARM_UP_ROWS = 2_000;
    private static final int SELLERS = 7;

    private PostgresWriteTiming() {}

    /** Measures the yardstick's passes: rows carrying {@code payloads} in turn, then rows without, in either batch size. */
    static PostgresWriteYardstick measure(String jdbcUrl, List<String> payloads) throws SQLException {
        var dataSource = new SingleConnectionDataSource(jdbcUrl, true);
        var table = new ScratchTable(JdbcClient.create(dataSource));
        PostgresCpu cpu = PostgresCpu.serving(jdbcUrl);
        try {
            pass(table, cpu, WARM_UP_ROWS, BATCH, payloads);
            return new PostgresWriteYardstick(
                    BATCH,
                    LARGE_BATCH,
                    payloads.stream()
                            .mapToInt(p -> p.getBytes(StandardCharsets.UTF_8).length)
                            .average()
                            .orElse(0),
                    rowCost(table, cpu, INVOICE_ROWS, payloads),
                    rowCost(table, cpu, SMALL_ROWS, List.of("")));
        } finally {
            table.drop();
            dataSource.destroy();
        }
    }

    private static RowCost rowCost(ScratchTable table, PostgresCpu cpu, int rows, List<String> payloads) {
        return RowCost.of(
                rows,
                BATCH,
                pass(table, cpu, rows, BATCH, payloads),
                LARGE_BATCH,
                pass(table, cpu, rows, LARGE_BATCH, payloads));
    }

    private static RowMicros pass(ScratchTable table, PostgresCpu cpu, int rows, int batch, List<String> payloads) {
        table.recreate();
        List<Batch> batches = batches(rows, batch, payloads);
        return new RowMicros(
                microsPerRow(cpu, rows, batches, table::insert),
                microsPerRow(cpu, rows, batches, table::update),
                microsPerRow(cpu, rows, batches, table::delete));
    }

    private static double microsPerRow(PostgresCpu cpu, int rows, List<Batch> batches, Consumer<Batch> write) {
        long start = cpu.nanos();
        batches.forEach(write);
        return (cpu.nanos() - start) / 1e3 / rows;
    }

    /** {@code rows} keys over a few sellers, numbered in order, their payloads taken from {@code payloads} in turn. */
    private static List<Batch> batches(int rows, int size, List<String> payloads) {
        List<Batch> batches = new ArrayList<>();
        for (int first = 0; first < rows; first += size) {
            int count = Math.min(size, rows - first);
            var batch = new Batch(new String[count], new String[count], new String[count]);
            for (int i = 0; i < count; i++) {
                int row = first + i;
                batch.sellers()[i] = "91310000MA1FL0000" + row % SELLERS;
                batch.numbers()[i] = String.format("%08d", row);
                batch.payloads()[i] = payloads.get(row % payloads.size());
            }
            batches.add(batch);
        }
        return batches;
    }
}
