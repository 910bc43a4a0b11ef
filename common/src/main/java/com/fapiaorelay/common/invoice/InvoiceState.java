package com.fapiaorelay.common.invoice;

import java.util.EnumSet;
import java.util.Set;

/** The invoice lifecycle of DESIGN.md section 4. */
public enum InvoiceState {
    RECEIVED,
    INVALID,
    UPLOAD_PENDING,
    OUTCOME_UNKNOWN,
    UPLOADED,
    CONFIRMED,
    REJECTED,
    UPLOAD_FAILED,
    MISSING,
    MISMATCH,
    SUPERSEDED,
    UNREADABLE;

    private static final Set<InvoiceState> NEEDS_HUMAN =
            EnumSet.of(INVALID, REJECTED, UPLOAD_FAILED, MISSING, MISMATCH, UNREADABLE);

    /** States in which automation has stopped and an operator must act. */
    public boolean needsHuman() {
        return NEEDS_HUMAN.contains(this);
    }
}
