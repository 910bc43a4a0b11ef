package com.fapiaorelay.sync.declaration;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A declaration as stored and, once compared, what we received of it and which listed invoices never arrived; for a
 * day, what the tax side holds that neither we received nor the ERP listed (its latest reconciliation).
 */
record DeclarationView(
        Declaration declared,
        OffsetDateTime declaredAt,
        Status status,
        OffsetDateTime comparedAt,
        Long receivedCount,
        BigDecimal receivedAmount,
        BigDecimal receivedTax,
        List<String> missingNumbers,
        List<String> taxSideOnly) {

    /** PENDING until the grace period ends, then MATCHED, or GAP (compared again until it closes). */
    enum Status {
        PENDING,
        MATCHED,
        GAP;

        static Status of(OffsetDateTime comparedAt, OffsetDateTime compareAt) {
            if (comparedAt == null) {
                return PENDING;
            }
            return compareAt == null ? MATCHED : GAP;
        }
    }
}
