package com.fapiaorelay.sync.ledger;

import java.math.BigDecimal;

/** What the ledger received of a seller's invoices: how many, and the sums of their amount and tax. */
public record ReceivedTotals(long count, BigDecimal amount, BigDecimal tax) {}
