package com.fapiaorelay.sync.report;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.csv.CsvDownload;
import java.util.List;
import org.springframework.http.ResponseEntity;

/** A daily report as a spreadsheet of item and value lines, every state listed, empty ones as 0. */
final class DailyReportCsv {

    private DailyReportCsv() {}

    static ResponseEntity<byte[]> of(DailyReport report) {
        CsvDownload csv = new CsvDownload(List.of("销方税号 seller_tax_id", "日期 day", "项目 item", "数值 value"));
        for (InvoiceState state : InvoiceState.values()) {
            line(csv, report, "状态 state " + state, report.byState().getOrDefault(state, 0L));
        }
        line(csv, report, "合计 total", report.total());
        line(csv, report, "自动恢复 recovered_automatically", report.recoveredAutomatically());
        line(csv, report, "需人工处理 needing_human", report.needingHuman());
        DailyReport.Reconciliation r = report.reconciliation();
        line(csv, report, "对账 reconciliation", r == null ? "NOT_RUN" : r.status() + " run " + r.runId());
        if (r != null) {
            line(csv, report, "税务系统缺失 missing_in_tax", r.missingInTax());
            line(csv, report, "我方未知 unknown_to_us", r.unknownToUs());
            line(csv, report, "字段不一致 field_mismatch", r.fieldMismatch());
        }
        line(csv, report, "生成时间 generated_at", report.generatedAt());
        return csv.as("daily-report-" + report.sellerTaxId() + "-" + report.day() + ".csv");
    }

    private static void line(CsvDownload csv, DailyReport report, String item, Object value) {
        csv.row(List.of(report.sellerTaxId(), report.day(), item, value));
    }
}
