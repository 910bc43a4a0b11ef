package com.fapiaorelay.common.tax;

/**
 * What a channel can answer besides uploads. A caller adapts to a missing capability instead of asking: a channel
 * without {@code lookupByKey} proves arrival by its upload results, one without {@code summary} or {@code list} is not
 * reconciled by bisection (docs/leqi.md, "Proof of arrival").
 */
public record TaxCapabilities(boolean lookupByKey, boolean summary, boolean list) {

    /** The reference protocol (docs/tax-interface.md) answers everything. */
    public static final TaxCapabilities ALL = new TaxCapabilities(true, true, true);

    /** Only the results of our own uploads, asked by their acceptance serial (乐企 CXQDFPSCJG). */
    public static final TaxCapabilities UPLOAD_RESULTS_ONLY = new TaxCapabilities(false, false, false);
}
