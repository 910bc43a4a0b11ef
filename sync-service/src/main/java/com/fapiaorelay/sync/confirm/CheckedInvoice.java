package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.sync.ledger.DueInvoice;
import java.time.OffsetDateTime;

/** One look-up's result, kept until its transaction committed so metrics count only what happened. */
record CheckedInvoice(DueInvoice invoice, Verdict verdict, OffsetDateTime checkedAt) {}
