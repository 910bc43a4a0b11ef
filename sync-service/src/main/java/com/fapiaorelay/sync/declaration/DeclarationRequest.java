package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.common.event.ErpTotalsDeclared;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code POST /api/v1/declarations}: the fields of {@link ErpTotalsDeclared} without its envelope. */
record DeclarationRequest(
        String sellerTaxId,
        LocalDate day,
        String batchId,
        Integer invoiceCount,
        BigDecimal totalAmount,
        BigDecimal totalTax,
        List<String> invoiceNumbers) {

    /** The event this request stands for, declared by {@code source}. */
    ErpTotalsDeclared declaredBy(String source) {
        return ErpTotalsDeclared.of(
                source, sellerTaxId, day, batchId, invoiceCount, totalAmount, totalTax, invoiceNumbers);
    }
}
