package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.common.event.ErpTotalsDeclared;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code declaration} table: one row per seller and day or batch, and its last comparison. */
@Repository
class DeclarationRows {

    private static final String FIGURES =
            "seller_tax_id, subject, day, batch_id, source, invoice_count, total_amount, total_tax, gap_raised";
    /**
     * What the latest completed reconciliation of the declared day found at the tax side that we never received and
     * the ERP did not list: issued through another channel. A batch has no day, so none.
     */
    private static final String TAX_SIDE_ONLY = """
            ARRAY(SELECT d.invoice_number FROM reconciliation_discrepancy d
                   WHERE d.kind = 'UNKNOWN_TO_US'
                     AND d.run_id = (SELECT max(r.id) FROM reconciliation_run r
                                      WHERE r.seller_tax_id = declaration.seller_tax_id AND r.day = declaration.day
                                        AND r.status = 'COMPLETED')
                     AND NOT d.invoice_number = ANY(coalesce(declaration.invoice_numbers, '{}'))
                   ORDER BY d.invoice_number LIMIT 1000) AS tax_side_only""";

    private static final String COMPARISON =
            "declared_at, compare_at, compared_at, received_count, received_amount, received_tax, missing_numbers, "
                    + TAX_SIDE_ONLY;
    private static final String DECLARATION_COLUMNS = FIGURES + ", invoice_numbers";
    private static final String VIEW_COLUMNS = DECLARATION_COLUMNS + ", " + COMPARISON;
    /** A list leaves each declaration's numbers out: up to 50,000 each. */
    private static final String LIST_COLUMNS = FIGURES + ", NULL::text[] AS invoice_numbers, " + COMPARISON;

    private final JdbcClient jdbc;

    DeclarationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a declaration, replacing the seller's earlier one of the same day or batch and its comparison; a
     * declaration older than the stored one (or the same one again) changes nothing.
     */
    void store(ErpTotalsDeclared declared, OffsetDateTime now, OffsetDateTime compareAt) {
        jdbc.sql("""
                        INSERT INTO declaration AS d (seller_tax_id, subject, day, batch_id, source, event_id,
                                                      occurred_at, invoice_count, total_amount, total_tax,
                                                      invoice_numbers, declared_at, compare_at)
                        VALUES (:seller, :subject, :day, :batch, :source, :eventId, :occurredAt, :count, :amount,
                                :tax, :numbers::text[], :now, :compareAt)
                        ON CONFLICT (seller_tax_id, subject) DO UPDATE
                           SET day = EXCLUDED.day, batch_id = EXCLUDED.batch_id, source = EXCLUDED.source,
                               event_id = EXCLUDED.event_id, occurred_at = EXCLUDED.occurred_at,
                               invoice_count = EXCLUDED.invoice_count, total_amount = EXCLUDED.total_amount,
                               total_tax = EXCLUDED.total_tax, invoice_numbers = EXCLUDED.invoice_numbers,
                               declared_at = EXCLUDED.declared_at, compare_at = EXCLUDED.compare_at,
                               compared_at = NULL, received_count = NULL, received_amount = NULL,
                               received_tax = NULL, missing_numbers = NULL
                         WHERE d.occurred_at < EXCLUDED.occurred_at
                        """)
                .param("seller", declared.sellerTaxId())
                .param("subject", Declaration.subjectOf(declared))
                .param("day", declared.day())
                .param("batch", declared.batchId())
                .param("source", declared.source())
                .param("eventId", declared.eventId())
                .param("occurredAt", declared.occurredAt())
                .param("count", declared.invoiceCount())
                .param("amount", declared.totalAmount())
                .param("tax", declared.totalTax())
                .param(
                        "numbers",
                        declared.listsNumbers() ? declared.invoiceNumbers().toArray(String[]::new) : null)
                .param("now", now)
                .param("compareAt", compareAt)
                .update();
    }

    /** Locks declarations due for comparison; rows another instance holds are skipped. */
    List<Declaration> claimDue(OffsetDateTime now, int limit) {
        return jdbc.sql("SELECT " + DECLARATION_COLUMNS + " FROM declaration WHERE compare_at <= :now"
                        + " ORDER BY compare_at LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("now", now)
                .param("limit", limit)
                .query(DeclarationRows::declaration)
                .list();
    }

    /** Records a comparison; {@code compareAgainAt} null settles the declaration. */
    void recordComparison(Comparison comparison, boolean gapRaised, OffsetDateTime now, OffsetDateTime compareAgainAt) {
        Declaration declared = comparison.declared();
        jdbc.sql("""
                        UPDATE declaration
                           SET compare_at = :compareAt, compared_at = :now, received_count = :count,
                               received_amount = :amount, received_tax = :tax, missing_numbers = :missing::text[],
                               gap_raised = :gapRaised
                         WHERE seller_tax_id = :seller AND subject = :subject
                        """)
                .param("compareAt", compareAgainAt)
                .param("now", now)
                .param("count", comparison.received().count())
                .param("amount", comparison.received().amount())
                .param("tax", comparison.received().tax())
                .param("missing", comparison.missingNumbers().toArray(String[]::new))
                .param("gapRaised", gapRaised)
                .param("seller", declared.sellerTaxId())
                .param("subject", declared.subject())
                .update();
    }

    Optional<DeclarationView> find(String sellerTaxId, String subject) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS
                        + " FROM declaration WHERE seller_tax_id = :seller AND subject = :subject")
                .param("seller", sellerTaxId)
                .param("subject", subject)
                .query(DeclarationRows::view)
                .optional();
    }

    /** The latest declarations, newest first, of {@code sellers} (null: every seller). */
    List<DeclarationView> recent(Collection<String> sellers, int limit) {
        String where = sellers == null ? "" : " WHERE seller_tax_id = ANY(:sellers::text[])";
        var statement = jdbc.sql("SELECT " + LIST_COLUMNS + " FROM declaration" + where
                        + " ORDER BY declared_at DESC LIMIT :limit")
                .param("limit", limit);
        if (sellers != null) {
            statement = statement.param("sellers", sellers.toArray(String[]::new));
        }
        return statement.query(DeclarationRows::view).list();
    }

    private static Declaration declaration(ResultSet rs, int row) throws SQLException {
        return new Declaration(
                rs.getString("seller_tax_id"),
                rs.getString("subject"),
                rs.getObject("day", LocalDate.class),
                rs.getString("batch_id"),
                rs.getString("source"),
                rs.getLong("invoice_count"),
                rs.getBigDecimal("total_amount"),
                rs.getBigDecimal("total_tax"),
                texts(rs.getArray("invoice_numbers")),
                rs.getBoolean("gap_raised"));
    }

    private static DeclarationView view(ResultSet rs, int row) throws SQLException {
        OffsetDateTime comparedAt = rs.getObject("compared_at", OffsetDateTime.class);
        return new DeclarationView(
                declaration(rs, row),
                rs.getObject("declared_at", OffsetDateTime.class),
                DeclarationView.Status.of(comparedAt, rs.getObject("compare_at", OffsetDateTime.class)),
                comparedAt,
                rs.getObject("received_count", Long.class),
                rs.getBigDecimal("received_amount"),
                rs.getBigDecimal("received_tax"),
                texts(rs.getArray("missing_numbers")),
                texts(rs.getArray("tax_side_only")));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }
}
