package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.TaxRecordPage;
import com.fapiaorelay.sync.ledger.LedgerEntry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Lists the tax system's records page by page: a small day outright, and on a large day only the leaves whose
 * residues hold records we never heard of, each leaf on its own time range (at most a page, so usually one call).
 */
final class DayListing {

    private final OurSide ours;
    private final TaxSide theirs;
    private final int pageSize;

    DayListing(OurSide ours, TaxSide theirs, int pageSize) {
        this.ours = ours;
        this.theirs = theirs;
        this.pageSize = pageSize;
    }

    /** Both sides of a day that fits in a page, compared in full. */
    List<Discrepancy> wholeDay(LocalDateTime from, LocalDateTime to) {
        List<TaxRecord> records = list(from, to, record -> true);
        List<LedgerEntry> entries = ours.issued(from, to);
        Map<InvoiceKey, TaxRecord> shown = byKey(records, TaxRecord::key);
        Set<InvoiceKey> ourKeys = byKey(entries, LedgerEntry::key).keySet();
        List<Discrepancy> found = new ArrayList<>(RecordDiff.ofOurs(entries, shown));
        found.addAll(notAmongOurs(
                records.stream().filter(r -> !ourKeys.contains(r.key())).toList()));
        return found;
    }

    /** Names the records behind the residues: in a residue's leaf, and not among the keys already looked up. */
    List<Discrepancy> residues(List<Residue> residues, Set<InvoiceKey> lookedUp) {
        List<TaxRecord> behind = residues.stream()
                .flatMap(r -> list(r.leaf().from(), r.leaf().to(), record -> !lookedUp.contains(record.key())).stream())
                .toList();
        return notAmongOurs(behind);
    }

    private List<TaxRecord> list(LocalDateTime from, LocalDateTime to, Predicate<TaxRecord> wanted) {
        List<TaxRecord> kept = new ArrayList<>();
        String cursor = null;
        do {
            TaxRecordPage page = theirs.list(from, to, cursor, pageSize);
            page.records().stream().filter(wanted).forEach(kept::add);
            cursor = page.nextCursor();
        } while (cursor != null);
        return kept;
    }

    /** Records we do not hold in range may still be ours under another issue time: that is a field mismatch. */
    private List<Discrepancy> notAmongOurs(List<TaxRecord> records) {
        List<String> numbers = records.stream().map(TaxRecord::invoiceNumber).toList();
        return RecordDiff.ofTheirs(records, byKey(ours.find(numbers), LedgerEntry::key));
    }

    private static <T> Map<InvoiceKey, T> byKey(Collection<T> items, Function<T, InvoiceKey> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> first));
    }
}
