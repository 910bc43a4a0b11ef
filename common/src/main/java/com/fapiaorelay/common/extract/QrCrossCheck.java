package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.validation.Finding;
import java.util.List;

/**
 * The QR code's number, date and total against the printed text. A value the text lacks is taken from the QR code;
 * one they agree on is the QR code's, certain; one they disagree on is a finding, and the QR code's value stands
 * uncertain so that the clerk compares it with the original.
 */
final class QrCrossCheck {

    private static final double DISPUTED = 0.5;

    private QrCrossCheck() {}

    static void apply(DraftFields draft, InvoiceQr qr, List<Finding> findings) {
        check(draft, DraftFields.NUMBER, qr.invoiceNumber(), findings);
        check(draft, DraftFields.ISSUED_AT, qr.date().toString(), findings);
        String total = qr.amount().setScale(2).toPlainString();
        check(draft, qr.digital() ? DraftFields.GRAND_TOTAL : DraftFields.TOTAL_AMOUNT, total, findings);
        if (!qr.digital()) {
            check(draft, DraftFields.CODE, qr.invoiceCode(), findings);
        } else if (qr.special() || "32".equals(qr.typeCode())) {
            check(draft, DraftFields.KIND, qr.special() ? "SPECIAL" : "NORMAL", findings);
        }
    }

    private static void check(DraftFields draft, String field, String encoded, List<Finding> findings) {
        String printed = draft.value(field);
        if (printed == null || printed.equals(encoded)) {
            draft.put(field, encoded, FieldSource.QR, 1.0);
            return;
        }
        findings.add(ExtractionFindings.qrDisagrees(field, printed, encoded));
        draft.put(field, encoded, FieldSource.QR, DISPUTED);
    }
}
