package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.InvoiceState;

/** What intake needs to know about an invoice already held: is this the same content, and has it been sent? */
public record StoredState(String contentHash, InvoiceState state, long version, int attempts) {

    /** Content may still be replaced: it was never sent to the tax interface. */
    public boolean replaceable() {
        return attempts == 0 && (state == InvoiceState.UPLOAD_PENDING || state == InvoiceState.INVALID);
    }
}
