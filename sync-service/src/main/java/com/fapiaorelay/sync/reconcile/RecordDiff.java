package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.sync.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Compares invoices one by one once both sides' records are in hand. */
final class RecordDiff {

    /**
     * States in which the tax interface acknowledged the invoice with a receipt, so the tax system should show it.
     * An invoice still on its way (pending, outcome unknown) is compared only if the tax system shows it.
     */
    static final Set<InvoiceState> BELIEVED_IN_TAX =
            EnumSet.of(InvoiceState.UPLOADED, InvoiceState.CONFIRMED, InvoiceState.MISMATCH, InvoiceState.MISSING);

    private RecordDiff() {}

    /** Our invoices against what the tax system showed for them. */
    static List<Discrepancy> ofOurs(List<LedgerEntry> entries, Map<InvoiceKey, TaxRecord> shown) {
        List<Discrepancy> found = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            TaxRecord record = shown.get(entry.key());
            if (record == null && BELIEVED_IN_TAX.contains(entry.state())) {
                found.add(missing(entry));
            } else if (record != null) {
                mismatch(entry, record).ifPresent(found::add);
            }
        }
        return found;
    }

    /** Tax records that were not among our invoices in range: ours elsewhere with other figures, or unknown. */
    static List<Discrepancy> ofTheirs(List<TaxRecord> records, Map<InvoiceKey, LedgerEntry> oursElsewhere) {
        List<Discrepancy> found = new ArrayList<>();
        for (TaxRecord record : records) {
            LedgerEntry entry = oursElsewhere.get(record.key());
            if (entry == null) {
                found.add(unknown(record));
            } else {
                mismatch(entry, record).ifPresent(found::add);
            }
        }
        return found;
    }

    static InvoiceFigures figures(TaxRecord record) {
        return new InvoiceFigures(record.totalAmount(), record.totalTax(), record.issuedAt());
    }

    private static Discrepancy missing(LedgerEntry entry) {
        return new Discrepancy(
                DiscrepancyKind.MISSING_IN_TAX,
                entry.key(),
                entry.state(),
                entry.figures(),
                null,
                "税务系统中没有 / not in the tax system");
    }

    private static Discrepancy unknown(TaxRecord record) {
        return new Discrepancy(
                DiscrepancyKind.UNKNOWN_TO_US,
                record.key(),
                null,
                null,
                figures(record),
                "我方台账中没有，可能经其他渠道开具 / not in our ledger: issued through another channel");
    }

    private static Optional<Discrepancy> mismatch(LedgerEntry entry, TaxRecord record) {
        InvoiceFigures ours = entry.figures();
        if (ours == null) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>();
        if (!sameMoney(ours.totalAmount(), record.totalAmount())) {
            fields.add("totalAmount: ours " + ours.totalAmount() + ", tax system " + record.totalAmount());
        }
        if (!sameMoney(ours.totalTax(), record.totalTax())) {
            fields.add("totalTax: ours " + ours.totalTax() + ", tax system " + record.totalTax());
        }
        if (!Objects.equals(ours.issuedAt(), record.issuedAt())) {
            fields.add("issuedAt: ours " + ours.issuedAt() + ", tax system " + record.issuedAt());
        }
        return fields.isEmpty()
                ? Optional.empty()
                : Optional.of(new Discrepancy(
                        DiscrepancyKind.FIELD_MISMATCH,
                        entry.key(),
                        entry.state(),
                        ours,
                        figures(record),
                        "字段不一致 / " + String.join("; ", fields)));
    }

    private static boolean sameMoney(BigDecimal ours, BigDecimal theirs) {
        return ours == null || theirs == null ? ours == theirs : ours.compareTo(theirs) == 0;
    }
}
