package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.bench.PostgresProbe.Rows;
import java.util.function.DoubleBinaryOperator;

/** PostgreSQL's CPU in microseconds per row inserted, per row updated and per row deleted. */
record RowMicros(double inserted, double updated, double deleted) {

    /** What writing {@code rows} costs at these prices. */
    double of(Rows rows) {
        return rows.inserted() * inserted + rows.updated() * updated + rows.deleted() * deleted;
    }

    /** The cheapest of the three kinds. */
    double cheapest() {
        return Math.min(inserted, Math.min(updated, deleted));
    }

    /**
     * The cost of one statement and its commit, apart from its rows': these prices were measured in batches of {@code
     * batch} rows, {@code larger}'s in batches of {@code largerBatch}; each is a row's own cost plus its batch's shared
     * by the batch's rows ({@code m = r + c / b}), so two batch sizes give {@code c}.
     */
    RowMicros perBatch(int batch, RowMicros larger, int largerBatch) {
        double share = 1.0 / batch - 1.0 / largerBatch;
        return combined(larger, (small, large) -> (small - large) / share);
    }

    /** A row's own cost: these prices, measured in batches of {@code batch} rows, less its share of {@code perBatch}. */
    RowMicros lessShareOf(RowMicros perBatch, int batch) {
        return combined(perBatch, (row, shared) -> row - shared / batch);
    }

    private RowMicros combined(RowMicros other, DoubleBinaryOperator kind) {
        return new RowMicros(
                kind.applyAsDouble(inserted, other.inserted),
                kind.applyAsDouble(updated, other.updated),
                kind.applyAsDouble(deleted, other.deleted));
    }
}
