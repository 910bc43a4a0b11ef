package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.common.event.ErpTotalsDeclared;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One stored declaration awaiting comparison; {@code invoiceNumbers} is null when the ERP did not list them. */
record Declaration(
        String sellerTaxId,
        String subject,
        LocalDate day,
        String batchId,
        String source,
        long invoiceCount,
        BigDecimal totalAmount,
        BigDecimal totalTax,
        List<String> invoiceNumbers,
        boolean gapRaised) {

    /** What a declaration is about, unique per seller: its batch, or else its day. */
    static String subjectOf(ErpTotalsDeclared declared) {
        return declared.batchId() != null ? "batch:" + declared.batchId() : "day:" + declared.day();
    }

    boolean listsNumbers() {
        return invoiceNumbers != null;
    }

    String scopeZh() {
        return batchId != null ? "批次 " + batchId : day + " 开票";
    }

    String scopeEn() {
        return batchId != null ? "batch " + batchId : "issued " + day;
    }
}
