package com.fapiaorelay.standalone.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of the bench's own in a schema of its own, shaped like upload-service's submission (a primary key of seller
 * and number, a small state column, the invoice's JSON as text), written by the pipeline's statement shapes: one {@code
 * unnest} statement per batch. Autovacuum is off for it, so that a pass measures the writes and not the cleaning up.
 */
final class ScratchTable {

    private final JdbcClient jdbc;

    ScratchTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A batch of rows, as the columns a statement binds. */
    record Batch(String[] sellers, String[] numbers, String[] payloads) {}

    /** An empty table, in place of any earlier one and its dead rows. */
    void recreate() {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS bench_scratch").update();
        jdbc.sql("DROP TABLE IF EXISTS bench_scratch.row_cost").update();
        jdbc.sql("""
                        CREATE TABLE bench_scratch.row_cost (
                            seller_tax_id  text NOT NULL,
                            invoice_number text NOT NULL,
                            state          text NOT NULL,
                            version        int  NOT NULL,
                            payload        text NOT NULL,
                            PRIMARY KEY (seller_tax_id, invoice_number)
                        ) WITH (autovacuum_enabled = false)
                        """).update();
    }

    void insert(Batch batch) {
        jdbc.sql("""
                        INSERT INTO bench_scratch.row_cost (seller_tax_id, invoice_number, state, version, payload)
                        SELECT seller, number, 'QUEUED', 1, payload
                          FROM unnest(:sellers::text[], :numbers::text[], :payloads::text[]) AS b(seller, number, payload)
                        """)
                .param("sellers", batch.sellers())
                .param("numbers", batch.numbers())
                .param("payloads", batch.payloads())
                .update();
    }

    void update(Batch batch) {
        jdbc.sql("""
                        UPDATE bench_scratch.row_cost r SET state = 'UPLOADED', version = r.version + 1
                          FROM unnest(:sellers::text[], :numbers::text[]) AS b(seller, number)
                         WHERE r.seller_tax_id = b.seller AND r.invoice_number = b.number
                        """)
                .param("sellers", batch.sellers())
                .param("numbers", batch.numbers())
                .update();
    }

    void delete(Batch batch) {
        jdbc.sql("""
                        DELETE FROM bench_scratch.row_cost r
                         USING unnest(:sellers::text[], :numbers::text[]) AS b(seller, number)
                         WHERE r.seller_tax_id = b.seller AND r.invoice_number = b.number
                        """)
                .param("sellers", batch.sellers())
                .param("numbers", batch.numbers())
                .update();
    }

    void drop() {
        jdbc.sql("DROP SCHEMA IF EXISTS bench_scratch CASCADE").update();
    }
}
