package com.fapiaorelay.common.tax;

/** A look-up could not be answered now; the caller tries again later. */
public class TaxInterfaceUnavailable extends RuntimeException {

    public TaxInterfaceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public static TaxInterfaceUnavailable because(String what, Throwable cause) {
        return new TaxInterfaceUnavailable("Tax interface unavailable: " + what, cause);
    }
}
