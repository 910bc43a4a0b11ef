package com.fapiaorelay.standalone.demo;

import com.fapiaorelay.common.event.ErpTotalsDeclared;
import com.fapiaorelay.common.invoice.Invoice;
import java.math.BigDecimal;
import java.util.List;

/**
 * The demo's "上传失败未提示": the ERP declares one seller's batch but its own upload step loses the last few invoices of
 * it, which it resends once sync-service names them NOT_RECEIVED.
 */
record Shortfall(String batchId, List<Invoice> batch, List<Invoice> heldBack) {

    static final int HELD_BACK = 3;

    /** The first seller's invoices as the batch, its last three held back; empty when the batch is too small. */
    static Shortfall in(List<Invoice> invoices, String batchId) {
        String seller = invoices.get(0).sellerTaxId();
        List<Invoice> batch = invoices.stream()
                .filter(invoice -> invoice.sellerTaxId().equals(seller))
                .toList();
        int held = batch.size() > HELD_BACK ? HELD_BACK : 0;
        return new Shortfall(batchId, batch, batch.subList(batch.size() - held, batch.size()));
    }

    boolean any() {
        return !heldBack.isEmpty();
    }

    List<Invoice> handedOver(List<Invoice> invoices) {
        return invoices.stream().filter(invoice -> !heldBack.contains(invoice)).toList();
    }

    ErpTotalsDeclared declaration(String source) {
        return ErpTotalsDeclared.of(
                source,
                batch.get(0).sellerTaxId(),
                null,
                batchId,
                batch.size(),
                batch.stream().map(Invoice::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                batch.stream().map(Invoice::totalTax).reduce(BigDecimal.ZERO, BigDecimal::add),
                batch.stream().map(Invoice::invoiceNumber).toList());
    }
}
