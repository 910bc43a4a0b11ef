package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.bench.PostgresProbe.Rows;

/**
 * A lower bound of what this architecture's writes and crossings cost per invoice, from one run's own figures at the
 * yardsticks' prices: the PostgreSQL rows the pipeline wrote, each at a row's own price without the invoice's JSON
 * (the cheapest row measured, apart from its statement), and its commits, each at the cheapest statement with its
 * commit; the Kafka records appended, each at raw Kafka's CPU per record produced and consumed once (a pass of a few
 * thousand records, its clients' start-up and topic creation included: the one term that may exceed its bound); and
 * the invoice documents Jackson reads and writes, counted in the code, at the price of a submitted event. What the
 * pipeline spends beyond it is the implementation around these writes and crossings; the floor does not predict what
 * a better implementation would reach.
 */
record ArchitectureFloor(
        double postgresRows,
        double postgresCommits,
        double postgresMicros,
        double postgresMicrosAsInvoiceRowsInBatches,
        double kafkaRecords,
        double kafkaMicros,
        int jacksonReads,
        int jacksonWrites,
        double jacksonMicros,
        double totalMicros,
        double pipelineMicros,
        double pipelineMicrosNetOfIdle) {

    /**
     * Invoice documents parsed per invoice: upload-service's intake reads the submitted event, its upload round reads
     * the stored invoice back ({@code SubmissionRows}), the sandbox reads the upload request. Status events, smaller,
     * are not counted.
     */
    static final int INVOICE_READS = 3;

    /** Invoice documents written per invoice: the intake's canonical JSON, the sandbox's canonical form to hash. */
    static final int INVOICE_WRITES = 2;

    /** The floor of {@code saturation}'s writes and crossings at {@code yardsticks}' prices, beside its total. */
    static ArchitectureFloor of(Cost saturation, double netOfIdle, Yardsticks yardsticks) {
        Rows rows = saturation.postgresRowsByTable().values().stream().reduce(Rows.NONE, Rows::plus);
        PostgresWriteYardstick postgres = yardsticks.postgresWrites();
        double postgresMicros = postgresFloor(rows, saturation.postgresCommits(), postgres.smallRows());
        double kafkaMicros = saturation.kafkaRecords() * yardsticks.rawKafkaCpuMicros();
        double jacksonMicros =
                INVOICE_READS * yardsticks.jacksonReadMicros() + INVOICE_WRITES * yardsticks.jacksonWriteMicros();
        return new ArchitectureFloor(
                rows.total(),
                saturation.postgresCommits(),
                postgresMicros,
                postgres.invoiceRows().inBatches().of(rows),
                saturation.kafkaRecords(),
                kafkaMicros,
                INVOICE_READS,
                INVOICE_WRITES,
                jacksonMicros,
                postgresMicros + kafkaMicros + jacksonMicros,
                saturation.pipelineCpuMicros(),
                netOfIdle);
    }

    /** A difference of two noisy measurements can come out below zero; a floor takes that as nothing. */
    private static double postgresFloor(Rows rows, double commits, PostgresWriteYardstick.RowCost small) {
        return Math.max(0, small.rowAlone().of(rows))
                + commits * Math.max(0, small.perStatementAndCommit().cheapest());
    }
}
