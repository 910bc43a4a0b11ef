package com.fapiaorelay.console.invoice;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.console.backend.LedgerInvoice;
import com.fapiaorelay.console.backend.LedgerQuery;
import com.fapiaorelay.console.backend.SyncApi;
import com.fapiaorelay.console.backend.UploadApi;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class InvoiceController {

    private static final int PAGE_SIZE = 50;

    private final SyncApi sync;
    private final UploadApi upload;

    InvoiceController(SyncApi sync, UploadApi upload) {
        this.sync = sync;
        this.upload = upload;
    }

    @GetMapping("/invoices")
    String search(
            @RequestParam(required = false) String sellerTaxId,
            @RequestParam(required = false) String invoiceNumber,
            @RequestParam(required = false) InvoiceState state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int offset,
            Model model) {
        LedgerQuery query =
                new LedgerQuery(sellerTaxId, invoiceNumber, state, from, to, PAGE_SIZE, Math.max(offset, 0));
        model.addAttribute("query", query);
        model.addAttribute("states", List.of(InvoiceState.values()));
        model.addAttribute("page", sync.search(query));
        return "invoices";
    }

    @GetMapping("/invoices/{sellerTaxId}/{invoiceNumber}")
    String invoice(@PathVariable String sellerTaxId, @PathVariable String invoiceNumber, Model model) {
        InvoiceKey key = new InvoiceKey(sellerTaxId, invoiceNumber);
        LedgerInvoice ledger = sync.invoice(key).orElseThrow(() -> InvoiceNotFound.forKey(key));
        model.addAttribute("ledger", ledger);
        model.addAttribute("submission", upload.submission(key).orElse(null));
        return "invoice";
    }
}
