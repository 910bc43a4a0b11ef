package com.fapiaorelay.upload.submission;

/**
 * An invoice entering the store (or replacing content never sent) with the state intake decided for it; {@code
 * payload} is the invoice's JSON as stored, the very bytes {@code contentHash} was computed over.
 */
public record NewSubmission(StateChange firstState, String payload, String contentHash, String source) {}
