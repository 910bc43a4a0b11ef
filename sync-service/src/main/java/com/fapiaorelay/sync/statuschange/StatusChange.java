package com.fapiaorelay.sync.statuschange;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * One change of one invoice's state, as the ledger's timeline holds it: what the pull API lists and a callback
 * POSTs. {@code version} grows by one with each change of the invoice; {@code changeId} identifies the change.
 */
public record StatusChange(
        long changeId,
        String sellerTaxId,
        String invoiceNumber,
        InvoiceState state,
        long version,
        String reasonCode,
        String reason,
        OffsetDateTime occurredAt) {

    /** Reads the timeline's columns (or a copy of them) from {@code rs}, the change's id from {@code idColumn}. */
    public static StatusChange read(ResultSet rs, String idColumn) throws SQLException {
        return new StatusChange(
                rs.getLong(idColumn),
                rs.getString("seller_tax_id"),
                rs.getString("invoice_number"),
                InvoiceState.valueOf(rs.getString("state")),
                rs.getLong("version"),
                rs.getString("reason_code"),
                rs.getString("reason"),
                rs.getObject("occurred_at", OffsetDateTime.class));
    }
}
