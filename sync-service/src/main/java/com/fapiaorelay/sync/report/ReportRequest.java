package com.fapiaorelay.sync.report;

import java.time.LocalDate;

/** {@code POST /api/v1/reports}: the seller and issue day to report on. */
record ReportRequest(String sellerTaxId, LocalDate day) {}
