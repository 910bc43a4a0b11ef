package com.fapiaorelay.upload.reentry;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;

/**
 * An approved correction: the invoice as the clerk entered it, the invoice it replaces (null when re-entering one we
 * never received), and the two people behind it.
 */
record ReentryRequest(long correctionId, InvoiceKey supersedes, Invoice invoice, String author, String reviewer) {

    /** The same request with its checker taken from authentication rather than from the body. */
    ReentryRequest reviewedBy(String authenticated) {
        return new ReentryRequest(correctionId, supersedes, invoice, author, authenticated);
    }

    String source() {
        return "reentry:" + correctionId;
    }

    String people() {
        return "录入 " + author + "，复核 " + reviewer + " / entered by " + author + ", approved by " + reviewer;
    }
}
