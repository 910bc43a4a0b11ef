package com.fapiaorelay.common.invoice;

/** Blue (蓝字) is an ordinary invoice; red (红字) reverses all or part of an earlier blue one. */
public enum InvoiceColour {
    BLUE,
    RED
}
