package com.fapiaorelay.upload.intake.csv;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.upload.intake.IntakeOutcome;
import java.net.URI;
import java.util.List;

/**
 * What the import did with one invoice and the file rows it came from. {@code findings} holds the errors of an
 * INVALID invoice, and the warnings of a stored one; {@code statusUrl} is absent for an invalid one.
 */
record ImportResult(
        List<Integer> rows,
        String key,
        String sellerTaxId,
        String invoiceNumber,
        IntakeOutcome outcome,
        URI statusUrl,
        List<Finding> findings) {

    static ImportResult stored(
            List<Integer> rows, InvoiceKey key, IntakeOutcome outcome, URI statusUrl, List<Finding> warnings) {
        return new ImportResult(
                rows, key.toString(), key.sellerTaxId(), key.invoiceNumber(), outcome, statusUrl, warnings);
    }

    static ImportResult invalid(List<Integer> rows, String sellerTaxId, String invoiceNumber, List<Finding> findings) {
        String key = sellerTaxId == null || invoiceNumber == null ? null : sellerTaxId + ":" + invoiceNumber;
        return new ImportResult(rows, key, sellerTaxId, invoiceNumber, IntakeOutcome.INVALID, null, findings);
    }
}
