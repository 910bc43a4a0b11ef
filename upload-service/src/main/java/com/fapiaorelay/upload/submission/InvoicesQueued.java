package com.fapiaorelay.upload.submission;

/** Invoices became due for upload now; published inside the transaction, heard once it commits. */
public record InvoicesQueued() {}
