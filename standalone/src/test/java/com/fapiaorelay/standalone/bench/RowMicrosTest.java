package com.fapiaorelay.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fapiaorelay.standalone.bench.PostgresProbe.Rows;
import com.fapiaorelay.standalone.bench.PostgresWriteYardstick.RowCost;
import org.junit.jupiter.api.Test;

class RowMicrosTest {

    /** 10, 4 and 6 µs a row of its own, 200, 400 and 100 µs a statement with its commit. */
    private static final RowMicros IN_40S = new RowMicros(10 + 200 / 40.0, 4 + 400 / 40.0, 6 + 100 / 40.0);

    private static final RowMicros IN_500S = new RowMicros(10 + 200 / 500.0, 4 + 400 / 500.0, 6 + 100 / 500.0);

    @Test
    void pricesRowsWrittenByKind() {
        assertThat(new RowMicros(10, 5, 4).of(new Rows(2, 3, 1))).isEqualTo(39.0);
    }

    @Test
    void splitsABatchsCostFromItsRowsByTwoBatchSizes() {
        RowMicros perBatch = IN_40S.perBatch(40, IN_500S, 500);

        assertThat(perBatch.inserted()).isCloseTo(200, within(1e-9));
        assertThat(perBatch.updated()).isCloseTo(400, within(1e-9));
        assertThat(perBatch.deleted()).isCloseTo(100, within(1e-9));
        RowMicros own = IN_40S.lessShareOf(perBatch, 40);
        assertThat(own.inserted()).isCloseTo(10, within(1e-9));
        assertThat(own.updated()).isCloseTo(4, within(1e-9));
        assertThat(own.deleted()).isCloseTo(6, within(1e-9));
    }

    @Test
    void rowCostCarriesTheSplitOfItsTwoBatchSizes() {
        RowCost cost = RowCost.of(20_000, 40, IN_40S, 500, IN_500S);

        assertThat(cost.inBatches()).isEqualTo(IN_40S);
        assertThat(cost.inLargeBatches()).isEqualTo(IN_500S);
        assertThat(cost.perStatementAndCommit().cheapest()).isCloseTo(100, within(1e-9));
        assertThat(cost.rowAlone().cheapest()).isCloseTo(4, within(1e-9));
    }
}
