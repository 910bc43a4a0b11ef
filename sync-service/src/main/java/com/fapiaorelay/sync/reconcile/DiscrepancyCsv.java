package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.sync.csv.CsvDownload;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;

/** A run's discrepancies as a spreadsheet: one line per invoice, with what each side holds. */
final class DiscrepancyCsv {

    private static final List<String> HEADER = List.of(
            "类型 kind",
            "销方税号 seller_tax_id",
            "发票号码 invoice_number",
            "台账状态 ledger_state",
            "台账金额 ledger_amount",
            "台账税额 ledger_tax",
            "台账开票时间 ledger_issued_at",
            "税务金额 tax_amount",
            "税务税额 tax_tax",
            "税务开票时间 tax_issued_at",
            "说明 detail");

    private DiscrepancyCsv() {}

    static ResponseEntity<byte[]> of(ReconciliationRun run, List<Discrepancy> discrepancies) {
        CsvDownload csv = new CsvDownload(HEADER);
        for (Discrepancy d : discrepancies) {
            csv.row(Arrays.asList(
                    d.kind(),
                    d.key().sellerTaxId(),
                    d.key().invoiceNumber(),
                    d.ledgerState(),
                    part(d.ours(), InvoiceFigures::totalAmount),
                    part(d.ours(), InvoiceFigures::totalTax),
                    part(d.ours(), InvoiceFigures::issuedAt),
                    part(d.theirs(), InvoiceFigures::totalAmount),
                    part(d.theirs(), InvoiceFigures::totalTax),
                    part(d.theirs(), InvoiceFigures::issuedAt),
                    d.detail()));
        }
        return csv.as("reconciliation-" + run.sellerTaxId() + "-" + run.day() + "-" + run.id() + ".csv");
    }

    private static Object part(InvoiceFigures figures, Function<InvoiceFigures, Object> field) {
        return figures == null ? null : field.apply(figures);
    }
}
