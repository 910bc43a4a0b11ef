package com.fapiaorelay.sync.report;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The {@code daily_report} table: the latest report per seller and day. */
@Repository
class DailyReportRows {

    private static final TypeReference<Map<InvoiceState, Long>> BY_STATE = new TypeReference<>() {};

    private final JdbcClient jdbc;

    DailyReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(DailyReport report) {
        DailyReport.Reconciliation reconciliation = report.reconciliation();
        jdbc.sql("""
                        INSERT INTO daily_report (seller_tax_id, day, generated_at, by_state, total,
                               recovered_automatically, needing_human, reconciliation_run_id, reconciliation_status,
                               missing_in_tax, unknown_to_us, field_mismatch)
                        VALUES (:seller, :day, :generatedAt, :byState, :total, :recovered, :needingHuman, :runId,
                                :status, :missing, :unknown, :mismatch)
                        ON CONFLICT (seller_tax_id, day) DO UPDATE
                           SET generated_at = EXCLUDED.generated_at, by_state = EXCLUDED.by_state,
                               total = EXCLUDED.total, recovered_automatically = EXCLUDED.recovered_automatically,
                               needing_human = EXCLUDED.needing_human,
                               reconciliation_run_id = EXCLUDED.reconciliation_run_id,
                               reconciliation_status = EXCLUDED.reconciliation_status,
                               missing_in_tax = EXCLUDED.missing_in_tax, unknown_to_us = EXCLUDED.unknown_to_us,
                               field_mismatch = EXCLUDED.field_mismatch
                        """)
                .param("seller", report.sellerTaxId())
                .param("day", report.day())
                .param("generatedAt", report.generatedAt())
                .param("byState", FapiaoJson.mapper().writeValueAsString(report.byState()))
                .param("total", report.total())
                .param("recovered", report.recoveredAutomatically())
                .param("needingHuman", report.needingHuman())
                .param("runId", reconciliation == null ? null : reconciliation.runId())
                .param("status", reconciliation == null ? null : reconciliation.status())
                .param("missing", reconciliation == null ? null : reconciliation.missingInTax())
                .param("unknown", reconciliation == null ? null : reconciliation.unknownToUs())
                .param("mismatch", reconciliation == null ? null : reconciliation.fieldMismatch())
                .update();
    }

    Optional<DailyReport> find(String sellerTaxId, LocalDate day) {
        return jdbc.sql("SELECT * FROM daily_report WHERE seller_tax_id = :seller AND day = :day")
                .param("seller", sellerTaxId)
                .param("day", day)
                .query(DailyReportRows::report)
                .optional();
    }

    private static DailyReport report(ResultSet rs, int row) throws SQLException {
        Map<InvoiceState, Long> byState = new EnumMap<>(InvoiceState.class);
        byState.putAll(FapiaoJson.mapper().readValue(rs.getString("by_state"), BY_STATE));
        long runId = rs.getLong("reconciliation_run_id");
        DailyReport.Reconciliation reconciliation = rs.wasNull()
                ? null
                : new DailyReport.Reconciliation(
                        runId,
                        rs.getString("reconciliation_status"),
                        rs.getInt("missing_in_tax"),
                        rs.getInt("unknown_to_us"),
                        rs.getInt("field_mismatch"));
        return new DailyReport(
                rs.getString("seller_tax_id"),
                rs.getObject("day", LocalDate.class),
                rs.getObject("generated_at", OffsetDateTime.class),
                byState,
                rs.getLong("total"),
                rs.getLong("recovered_automatically"),
                rs.getLong("needing_human"),
                reconciliation);
    }
}
