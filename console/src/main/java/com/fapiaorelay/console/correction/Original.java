package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.validation.Finding;
import java.util.List;

/** The invoice a correction starts from: its content as upload-service holds it, and why it needs a human. */
public record Original(
        InvoiceKey key,
        InvoiceState state,
        String reasonCode,
        String reason,
        List<Finding> findings,
        Invoice invoice) {}
