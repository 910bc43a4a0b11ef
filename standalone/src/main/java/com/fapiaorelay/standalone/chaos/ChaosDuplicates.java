package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.standalone.chaos.ChaosDuplicate.Attempt;
import com.fapiaorelay.standalone.stack.RunningStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, straight from PostgreSQL as test tooling may, which invoices the sandbox received more than once and what
 * upload-service recorded for each: no REST API shows either per invoice.
 */
final class ChaosDuplicates {

    private static final String RECEIVED_TWICE = """
            SELECT seller_tax_id || ':' || invoice_number AS key, upload_count, visible_at
              FROM sandbox.tax_record
             WHERE upload_count > 1
             ORDER BY seller_tax_id, invoice_number
            """;
    private static final String ATTEMPTS = """
            SELECT a.seller_tax_id || ':' || a.invoice_number AS key, a.outcome, a.code,
                   a.attempted_at - a.latency_ms * interval '1 millisecond' AS sent_at
              FROM upload.upload_attempt a
              JOIN sandbox.tax_record r USING (seller_tax_id, invoice_number)
             WHERE r.upload_count > 1
             ORDER BY a.id
            """;

    private ChaosDuplicates() {}

    static List<ChaosDuplicate> read(RunningStack stack) throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("upload"));
                Statement statement = connection.createStatement()) {
            Map<String, List<Attempt>> attempts = attempts(statement);
            List<ChaosDuplicate> duplicates = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(RECEIVED_TWICE)) {
                while (rows.next()) {
                    String key = rows.getString("key");
                    duplicates.add(new ChaosDuplicate(
                            key,
                            rows.getInt("upload_count"),
                            rows.getTimestamp("visible_at").toInstant(),
                            attempts.getOrDefault(key, List.of())));
                }
            }
            return duplicates;
        }
    }

    private static Map<String, List<Attempt>> attempts(Statement statement) throws SQLException {
        Map<String, List<Attempt>> attempts = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery(ATTEMPTS)) {
            while (rows.next()) {
                attempts.computeIfAbsent(rows.getString("key"), key -> new ArrayList<>())
                        .add(new Attempt(
                                rows.getString("outcome"),
                                rows.getString("code"),
                                rows.getTimestamp("sent_at").toInstant()));
            }
        }
        return attempts;
    }

    /** upload-service's own record of invoices left unaccounted for: state, attempts and what they answered. */
    static Map<InvoiceKey, String> uploadSide(RunningStack stack, List<InvoiceKey> keys) throws SQLException {
        Map<InvoiceKey, String> evidence = new HashMap<>();
        String query = """
                SELECT s.state, s.attempts, s.reupload_round, s.reason_code, s.next_attempt_at,
                       (SELECT string_agg(a.outcome || coalesce('(' || a.code || ')', ''), ' → ' ORDER BY a.id)
                          FROM upload.upload_attempt a
                         WHERE a.seller_tax_id = s.seller_tax_id AND a.invoice_number = s.invoice_number) AS history
                  FROM upload.submission s
                 WHERE s.seller_tax_id = ? AND s.invoice_number = ?
                """;
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("upload"));
                var statement = connection.prepareStatement(query)) {
            for (InvoiceKey key : keys) {
                statement.setString(1, key.sellerTaxId());
                statement.setString(2, key.invoiceNumber());
                try (ResultSet row = statement.executeQuery()) {
                    evidence.put(key, row.next() ? describe(row) : "upload-service holds no submission");
                }
            }
        }
        return evidence;
    }

    private static String describe(ResultSet row) throws SQLException {
        return "upload-service: " + row.getString("state") + ", attempts " + row.getInt("attempts") + ", round "
                + row.getInt("reupload_round") + ", reason " + row.getString("reason_code") + ", next "
                + row.getTimestamp("next_attempt_at") + ", history " + row.getString("history");
    }
}
