package com.fapiaorelay.upload.history;

import com.fapiaorelay.common.invoice.InvoiceKey;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/admin/submissions/{seller}/{number}}: the content received and every upload attempt. */
@RestController
class HistoryController {

    private final SubmissionHistoryRows histories;

    HistoryController(SubmissionHistoryRows histories) {
        this.histories = histories;
    }

    @GetMapping("/api/v1/admin/submissions/{sellerTaxId}/{invoiceNumber}")
    SubmissionHistory history(@PathVariable String sellerTaxId, @PathVariable String invoiceNumber) {
        InvoiceKey key = new InvoiceKey(sellerTaxId, invoiceNumber);
        return histories.find(key).orElseThrow(() -> SubmissionNotFound.forKey(key));
    }
}
