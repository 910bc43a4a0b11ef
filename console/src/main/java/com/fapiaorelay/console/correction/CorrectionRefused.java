package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.console.web.ConsoleRefusal;
import org.springframework.http.HttpStatus;

/** A correction that cannot be made, submitted or decided as asked. */
class CorrectionRefused extends ConsoleRefusal {

    private CorrectionRefused(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    static CorrectionRefused unknownInvoice(InvoiceKey key) {
        return new CorrectionRefused(HttpStatus.NOT_FOUND, "correction.refused.unknown-invoice", key);
    }

    static CorrectionRefused notNeedingHuman(InvoiceKey key, InvoiceState state) {
        return new CorrectionRefused(HttpStatus.CONFLICT, "correction.refused.not-needing-human", key, state);
    }

    static CorrectionRefused alreadyHeld(InvoiceKey key) {
        return new CorrectionRefused(HttpStatus.CONFLICT, "correction.refused.already-held", key);
    }

    static CorrectionRefused stillInvalid() {
        return new CorrectionRefused(HttpStatus.BAD_REQUEST, "correction.refused.still-invalid");
    }

    static CorrectionRefused notFound(long id) {
        return new CorrectionRefused(HttpStatus.NOT_FOUND, "correction.refused.not-found", id);
    }

    static CorrectionRefused ownCorrection(long id) {
        return new CorrectionRefused(HttpStatus.FORBIDDEN, "correction.refused.own-correction", id);
    }

    static CorrectionRefused alreadyDecided(long id) {
        return new CorrectionRefused(HttpStatus.CONFLICT, "correction.refused.already-decided", id);
    }

    static CorrectionRefused commentRequired() {
        return new CorrectionRefused(HttpStatus.BAD_REQUEST, "correction.refused.comment-required");
    }
}
