package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.reconcile.ReconciliationRun.Status;
import com.fapiaorelay.sync.reconcile.ReconciliationRun.Totals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** Maps runs and discrepancies between rows and records. */
final class ReconciliationRows {

    private ReconciliationRows() {}

    static Object[] insertValues(long runId, Discrepancy d) {
        InvoiceFigures ours = d.ours();
        InvoiceFigures theirs = d.theirs();
        return new Object[] {
            runId,
            d.kind().name(),
            d.key().sellerTaxId(),
            d.key().invoiceNumber(),
            d.ledgerState() == null ? null : d.ledgerState().name(),
            ours == null ? null : ours.totalAmount(),
            ours == null ? null : ours.totalTax(),
            ours == null ? null : ours.issuedAt(),
            theirs == null ? null : theirs.totalAmount(),
            theirs == null ? null : theirs.totalTax(),
            theirs == null ? null : theirs.issuedAt(),
            d.detail()
        };
    }

    static ReconciliationRun run(ResultSet rs, int row) throws SQLException {
        return new ReconciliationRun(
                rs.getLong("id"),
                rs.getString("seller_tax_id"),
                rs.getObject("day", LocalDate.class),
                rs.getString("trigger"),
                Status.valueOf(rs.getString("status")),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                totals(rs, "ledger_"),
                totals(rs, "tax_"),
                rs.getInt("missing_in_tax"),
                rs.getInt("unknown_to_us"),
                rs.getInt("field_mismatch"),
                rs.getInt("remote_calls"),
                rs.getString("failure"));
    }

    private static Totals totals(ResultSet rs, String prefix) throws SQLException {
        long count = rs.getLong(prefix + "count");
        return rs.wasNull()
                ? null
                : new Totals(count, rs.getBigDecimal(prefix + "amount"), rs.getBigDecimal(prefix + "tax"));
    }

    static Discrepancy discrepancy(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("ledger_state");
        return new Discrepancy(
                DiscrepancyKind.valueOf(rs.getString("kind")),
                new InvoiceKey(rs.getString("seller_tax_id"), rs.getString("invoice_number")),
                state == null ? null : InvoiceState.valueOf(state),
                figures(rs, "ledger_"),
                figures(rs, "tax_"),
                rs.getString("detail"));
    }

    private static InvoiceFigures figures(ResultSet rs, String prefix) throws SQLException {
        LocalDateTime issuedAt = rs.getObject(prefix + "issued_at", LocalDateTime.class);
        return issuedAt == null
                ? null
                : new InvoiceFigures(rs.getBigDecimal(prefix + "amount"), rs.getBigDecimal(prefix + "tax"), issuedAt);
    }
}
