package com.fapiaorelay.upload.intake;

/** What intake did with one submitted invoice. */
public enum IntakeOutcome {
    /** New: stored and queued for upload. */
    ACCEPTED,
    /** Stored, but validation found errors: it waits for a corrected submission, and a human is told. */
    INVALID,
    /** Same key and content as one held already: nothing to do. */
    DUPLICATE,
    /** Same key, new content, and the old content was never sent: replaced. */
    REPLACED,
    /** Same key, new content, but the old content may be at the tax authority already: a human decides. */
    CONFLICT
}
