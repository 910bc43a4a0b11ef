package com.fapiaorelay.common.validation;

/** ERROR blocks the upload; WARNING lets the invoice through, flagged for a human's review. */
public enum Severity {
    ERROR,
    WARNING
}
