package com.fapiaorelay.sync.ledger;

import java.util.List;

/** A page of search results and how many match in all. */
record InvoicePage(List<InvoiceSummary> items, int limit, int offset, long total) {}
