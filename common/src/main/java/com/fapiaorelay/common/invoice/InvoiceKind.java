package com.fapiaorelay.common.invoice;

/** 数电票 kind: special (专票, deductible, needs the buyer's tax ID) or normal (普票). */
public enum InvoiceKind {
    SPECIAL,
    NORMAL
}
