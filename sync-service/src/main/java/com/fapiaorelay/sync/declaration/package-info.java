/**
 * ERPs' declared totals (per seller and day, or per batch): stored, compared with what the ledger received, the gap
 * raised as an anomaly and the invoices that never arrived put in the ledger as NOT_RECEIVED, resolved when they come.
 */
package com.fapiaorelay.sync.declaration;
