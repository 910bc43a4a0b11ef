package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.sync.ledger.LedgerEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the leaves of a bisection invoice by invoice: every invoice we hold in them, whatever its state, is
 * looked up, so what the tax system shows for invoices still on their way counts as explained, not as unknown.
 */
final class LeafComparison {

    private final OurSide ours;
    private final TaxSide theirs;
    private final DayListing listing;

    LeafComparison(OurSide ours, TaxSide theirs, DayListing listing) {
        this.ours = ours;
        this.theirs = theirs;
        this.listing = listing;
    }

    List<Discrepancy> resolve(List<BucketPair> leaves) {
        List<LedgerEntry> entries = leaves.stream()
                .flatMap(leaf -> ours.issued(leaf.from(), leaf.to()).stream())
                .toList();
        Map<InvoiceKey, TaxRecord> shown = lookUp(entries);
        List<Discrepancy> found = new ArrayList<>(RecordDiff.ofOurs(entries, shown));
        List<Residue> residues = leaves.stream()
                .map(leaf -> Residue.of(leaf, shown.values()))
                .filter(Residue::unexplained)
                .toList();
        if (!residues.isEmpty()) {
            found.addAll(listing.residues(residues, shown.keySet()));
        }
        return found;
    }

    private Map<InvoiceKey, TaxRecord> lookUp(List<LedgerEntry> entries) {
        Map<InvoiceKey, TaxRecord> shown = new LinkedHashMap<>();
        for (int start = 0; start < entries.size(); start += TaxSide.MAX_KEYS) {
            List<InvoiceKey> keys = entries.subList(start, Math.min(entries.size(), start + TaxSide.MAX_KEYS)).stream()
                    .map(LedgerEntry::key)
                    .toList();
            theirs.lookup(keys).forEach(record -> shown.putIfAbsent(record.key(), record));
        }
        return shown;
    }
}
