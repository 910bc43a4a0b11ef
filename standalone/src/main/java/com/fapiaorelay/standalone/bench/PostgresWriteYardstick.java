package com.fapiaorelay.standalone.bench;

/**
 * What PostgreSQL's writes cost at best on the bench's own server, in microseconds of its processes' CPU per row: rows
 * inserted, then updated (a small column), then deleted, by one statement and one commit per batch as the pipeline
 * writes, in batches of {@code batch} and of {@code largeBatch}: rows carrying an invoice's JSON ({@code
 * invoicePayloadBytes} on average) and rows without it.
 */
record PostgresWriteYardstick(
        int batch, int largeBatch, double invoicePayloadBytes, RowCost invoiceRows, RowCost smallRows) {

    /**
     * One shape of row's price, {@code rowsPerPass} rows in batches of either size, and split by the two into a
     * statement's with its commit and a row's own.
     */
    record RowCost(
            int rowsPerPass,
            RowMicros inBatches,
            RowMicros inLargeBatches,
            RowMicros perStatementAndCommit,
            RowMicros rowAlone) {

        static RowCost of(int rowsPerPass, int batch, RowMicros inBatches, int largeBatch, RowMicros inLargeBatches) {
            RowMicros perBatch = inBatches.perBatch(batch, inLargeBatches, largeBatch);
            return new RowCost(
                    rowsPerPass, inBatches, inLargeBatches, perBatch, inBatches.lessShareOf(perBatch, batch));
        }
    }
}
