package com.fapiaorelay.upload.submission;

/** An invoice entering the store (or replacing content never sent) with the state intake decided for it. */
public record NewSubmission(StateChange firstState, String contentHash, String source) {}
