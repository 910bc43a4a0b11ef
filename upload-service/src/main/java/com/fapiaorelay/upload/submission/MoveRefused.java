package com.fapiaorelay.upload.submission;

import com.fapiaorelay.common.invoice.InvoiceState;

/** A caller asked for a move the invoice lifecycle does not allow: a defect, never the user's mistake. */
public class MoveRefused extends IllegalStateException {

    private MoveRefused(String message) {
        super(message);
    }

    static MoveRefused of(InvoiceState from, InvoiceState to) {
        return new MoveRefused("the lifecycle allows no move from " + from + " to " + to);
    }
}
