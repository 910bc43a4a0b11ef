package com.fapiaorelay.sync.reconcile;

/** How our ledger and the tax system disagree about one invoice. */
public enum DiscrepancyKind {
    /** We believe it reached the tax system (acknowledged with a receipt), and the tax system does not show it. */
    MISSING_IN_TAX,
    /** The tax system shows it and our ledger never heard of it: issued through another channel. */
    UNKNOWN_TO_US,
    /** Both hold it, with a different amount, tax or issue time. */
    FIELD_MISMATCH
}
