package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.LocalDate;
import java.util.Map;

/** How many invoices are in each state, for one seller and issue-date range or for all. */
record StateCounts(String sellerTaxId, LocalDate from, LocalDate to, Map<InvoiceState, Long> byState, long total) {}
