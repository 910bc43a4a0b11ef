package com.fapiaorelay.common.extract;

/**
 * One value read from a file. {@code field} is the invoice JSON path validation uses ({@code lines[0].amount});
 * {@code confidence} is 1 for XML and QR, and for text or OCR depends on whether an independent check backs it.
 */
public record ExtractedField(String field, String value, FieldSource source, double confidence) {

    /** At or above this a value is shown as certain; below it the console highlights it for the clerk. */
    public static final double CONFIDENT = 0.9;

    public boolean confident() {
        return confidence >= CONFIDENT;
    }

    ExtractedField withConfidence(double newConfidence) {
        return new ExtractedField(field, value, source, newConfidence);
    }
}
