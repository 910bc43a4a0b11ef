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
 * Lists the tax system's day page by page. The protocol lists a whole day in invoice-number order, not a time
 * range, so this is the one step whose cost grows with the day: a small day is listed outright, a large one only to
 * name the records behind leaf residues, and only until all of them are found.
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
        List<TaxRecord> records = list(record -> true, Long.MAX_VALUE);
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
        boolean countsKnown = residues.stream().allMatch(r -> r.count() > 0);
        long expected =
                countsKnown ? residues.stream().mapToLong(Residue::count).sum() : Long.MAX_VALUE;
        List<TaxRecord> behind = list(
                record -> !lookedUp.contains(record.key())
                        && residues.stream().anyMatch(r -> r.leaf().contains(record.issuedAt())),
                expected);
        return notAmongOurs(behind);
    }

    private List<TaxRecord> list(Predicate<TaxRecord> wanted, long enough) {
        List<TaxRecord> kept = new ArrayList<>();
        String cursor = null;
        do {
            TaxRecordPage page = theirs.list(cursor, pageSize);
            page.records().stream().filter(wanted).forEach(kept::add);
            cursor = page.nextCursor();
        } while (cursor != null && kept.size() < enough);
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
