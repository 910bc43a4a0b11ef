package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryBuckets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Reconciles one seller's day the way data-diff compares two tables: summarise the day in {@code S} buckets on
 * both sides (count, amount, tax and the mergeable content checksum), split every bucket that differs into
 * {@code S} again, and stop at buckets holding at most {@code P} invoices (one page). Those leaves are compared
 * invoice by invoice: our invoices in them are looked up by key, in calls of up to 1000 keys for all leaves
 * together. A day whose totals fit in one page is simply listed.
 *
 * <p>Why S = 32 and P = 1000 (the protocol's largest page): a day of N = 1,000,000 invoices with k = 10
 * discrepancies. Level 1 is one call: 32 buckets of about 31,250. At most 10 differ; each is split in one call into
 * 32 buckets of about 980, which are leaves: 10 calls. The 10 leaves hold about 9,800 of our keys, looked up in 10
 * calls of 1000. Total 1 + 10 + 10 = 21; when the day is bursty some buckets exceed a page and need a third level,
 * one call each, so about 21 to 31. In general {@code 1 + k·(ceil(log_S(N/P)) - 1) + ceil(k·P/1000)} calls, against
 * {@code N/P} = 1,000 for listing the whole day. S = 1000 would save a level (11 calls) but make every answer
 * and every ledger-side summary 30 times larger for the same few differing buckets; S = 10 needs three levels (31).
 *
 * <p>The look-ups find what we hold and the tax system lacks or shows differently. What the tax system holds and
 * we never heard of shows as a residue: a leaf's tax-side count and checksum minus the records the look-ups
 * returned for it. Only those leaves are then listed, each on its own time range: a leaf holds at most a page, so
 * one call per leaf with a residue (see {@link DayListing}).
 */
final class Bisection {

    private final OurSide ours;
    private final CountingTaxSide theirs;
    private final int splitFactor;
    private final int pageSize;

    Bisection(OurSide ours, TaxSide theirs, int splitFactor, int pageSize) {
        this.ours = ours;
        this.theirs = new CountingTaxSide(theirs);
        this.splitFactor = splitFactor;
        this.pageSize = pageSize;
    }

    Findings reconcile(LocalDate day) {
        LocalDateTime start = day.atStartOfDay();
        List<BucketPair> top = compare(new SummaryBuckets(start, start.plusDays(1), splitFactor));
        BucketPair total = new BucketPair(merge(top, BucketPair::ours), merge(top, BucketPair::theirs));
        DayListing listing = new DayListing(ours, theirs, pageSize);
        List<Discrepancy> found;
        if (differing(top).isEmpty()) {
            found = List.of();
        } else if (total.holdsAtMost(pageSize)) {
            found = listing.wholeDay(start, start.plusDays(1));
        } else {
            found = new LeafComparison(ours, theirs, listing).resolve(narrow(differing(top)));
        }
        return new Findings(total.ours(), total.theirs(), found, theirs.calls());
    }

    private List<BucketPair> narrow(List<BucketPair> differing) {
        List<BucketPair> leaves = new ArrayList<>();
        Deque<BucketPair> open = new ArrayDeque<>(differing);
        while (!open.isEmpty()) {
            BucketPair pair = open.pop();
            if (pair.holdsAtMost(pageSize) || pair.indivisible()) {
                leaves.add(pair);
            } else {
                open.addAll(differing(compare(new SummaryBuckets(pair.from(), pair.to(), splitFactor))));
            }
        }
        return leaves;
    }

    private List<BucketPair> compare(SummaryBuckets split) {
        return BucketPair.zip(ours.summarize(split), theirs.summarize(split));
    }

    private static List<BucketPair> differing(List<BucketPair> pairs) {
        return pairs.stream().filter(BucketPair::differs).toList();
    }

    private static SummaryBucket merge(List<BucketPair> pairs, Function<BucketPair, SummaryBucket> side) {
        return pairs.stream().map(side).reduce(SummaryBucket::merge).orElseThrow();
    }
}
