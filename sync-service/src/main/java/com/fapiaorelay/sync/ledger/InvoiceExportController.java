package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.access.Caller;
import com.fapiaorelay.sync.csv.CsvDownload;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A search of the ledger as a spreadsheet, with the same filters as {@code GET /api/v1/invoices}. */
@RestController
class InvoiceExportController {

    static final int MAX_ROWS = 100_000;
    private static final List<String> HEADER = List.of(
            "销方税号 seller_tax_id",
            "发票号码 invoice_number",
            "状态 state",
            "金额 total_amount",
            "税额 total_tax",
            "开票时间 issued_at",
            "税务回执 receipt_id",
            "原因 reason",
            "更新时间 updated_at");

    private final LedgerQueryRows queries;

    InvoiceExportController(LedgerQueryRows queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/invoices.csv")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String sellerTaxId,
            @RequestParam(required = false) InvoiceState state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        LedgerFilter filter = new LedgerFilter(caller.sellersToSearch(sellerTaxId), state, from, to);
        InvoicePage page = queries.search(filter, MAX_ROWS + 1, 0);
        if (page.total() > MAX_ROWS) {
            throw ExportTooLarge.of(page.total(), MAX_ROWS);
        }
        CsvDownload csv = new CsvDownload(HEADER);
        page.items().forEach(invoice -> csv.row(row(invoice)));
        return csv.as("invoices" + (sellerTaxId == null ? "" : "-" + sellerTaxId) + ".csv");
    }

    private static List<Object> row(InvoiceSummary invoice) {
        boolean hasFigures = invoice.figures() != null;
        return Arrays.asList(
                invoice.sellerTaxId(),
                invoice.invoiceNumber(),
                invoice.state(),
                hasFigures ? invoice.figures().totalAmount() : null,
                hasFigures ? invoice.figures().totalTax() : null,
                hasFigures ? invoice.figures().issuedAt() : null,
                invoice.receiptId(),
                invoice.reason(),
                invoice.updatedAt());
    }
}
