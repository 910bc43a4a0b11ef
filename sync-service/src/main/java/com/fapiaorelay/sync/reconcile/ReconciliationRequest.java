package com.fapiaorelay.sync.reconcile;

import java.time.LocalDate;

/** {@code POST /api/v1/reconciliations}: the seller and the issue day to reconcile. */
record ReconciliationRequest(String sellerTaxId, LocalDate day) {}
