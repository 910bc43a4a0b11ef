package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.sync.ledger.LedgerEntry;
import com.fapiaorelay.sync.ledger.LedgerRecordRows;
import com.fapiaorelay.sync.ledger.ReceivedTotals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the ledger received of a declaration: the listed invoices when the ERP listed them, otherwise every invoice
 * of the seller issued on the declared day (China's calendar). An invoice counts as received in any state but
 * NOT_RECEIVED, the refused and unreadable included: it reached us, and its own state tells its story.
 */
@Component
class ReceivedInvoices {

    private final LedgerRecordRows ledger;

    ReceivedInvoices(LedgerRecordRows ledger) {
        this.ledger = ledger;
    }

    Comparison compare(Declaration declared) {
        if (!declared.listsNumbers()) {
            ReceivedTotals totals = ledger.receivedTotals(
                    declared.sellerTaxId(),
                    declared.day().atStartOfDay(),
                    declared.day().plusDays(1).atStartOfDay());
            return new Comparison(declared, totals, List.of());
        }
        List<LedgerEntry> arrived = ledger.find(declared.sellerTaxId(), declared.invoiceNumbers());
        Set<String> arrivedNumbers =
                arrived.stream().map(entry -> entry.key().invoiceNumber()).collect(Collectors.toSet());
        List<String> missing = declared.invoiceNumbers().stream()
                .filter(number -> !arrivedNumbers.contains(number))
                .toList();
        return new Comparison(declared, totals(arrived), missing);
    }

    private static ReceivedTotals totals(List<LedgerEntry> arrived) {
        return new ReceivedTotals(
                arrived.size(), sum(arrived, InvoiceFigures::totalAmount), sum(arrived, InvoiceFigures::totalTax));
    }

    private static BigDecimal sum(List<LedgerEntry> entries, Function<InvoiceFigures, BigDecimal> figure) {
        return entries.stream()
                .map(LedgerEntry::figures)
                .filter(figures -> figures != null && figure.apply(figures) != null)
                .map(figure)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
