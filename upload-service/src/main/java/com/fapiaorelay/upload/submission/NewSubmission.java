package com.fapiaorelay.upload.submission;

/**
 * An invoice entering the store, or replacing content never sent, with the state intake decided for it; {@code
 * payload} is the invoice's JSON as stored, the very bytes {@code contentHash} was computed over; {@code replacing}
 * is the row it replaces as {@link Submissions#lockHeld} answered it, null for a new invoice.
 */
public record NewSubmission(
        StateChange firstState, String payload, String contentHash, String source, StoredState replacing) {

    /** The row's version once stored: the first, or the one after the content it replaces. */
    long version() {
        return replacing == null ? 1 : replacing.version() + 1;
    }
}
