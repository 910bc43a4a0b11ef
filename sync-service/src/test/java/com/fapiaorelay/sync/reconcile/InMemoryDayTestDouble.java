package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryBuckets;
import com.fapiaorelay.common.tax.SummaryChecksum;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.TaxRecordPage;
import com.fapiaorelay.sync.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Test double for the bisection's unit tests only: one side of a seller's day held in memory as primitive arrays in
 * invoice-number order (a million invoices take a few tens of megabytes), answering both as our side and as the
 * tax side, and counting the calls a real tax side would make remotely. Numbers are longs, shown as 20 digits.
 */
final class InMemoryDayTestDouble implements OurSide, TaxSide {

    static final String SELLER = "91110108MA01AB3CX1";

    private final LocalDateTime start;
    private final long[] numbers;
    private final long[] millis;
    private final long[] amountCents;
    private final long[] terms;
    private final Map<Long, InvoiceState> states;
    private int calls;

    private InMemoryDayTestDouble(
            LocalDateTime start,
            long[] numbers,
            long[] millis,
            long[] amountCents,
            long[] terms,
            Map<Long, InvoiceState> states) {
        this.start = start;
        this.numbers = numbers;
        this.millis = millis;
        this.amountCents = amountCents;
        this.terms = terms;
        this.states = states;
    }

    /** {@code count} invoices numbered 0.. spread evenly over the day in whole seconds. */
    static InMemoryDayTestDouble evenlySpread(LocalDate day, int count) {
        long[] numbers = LongStream.range(0, count).toArray();
        long[] millis =
                LongStream.range(0, count).map(i -> i * 86_400L / count * 1000).toArray();
        long[] amounts =
                LongStream.range(0, count).map(i -> 10_000 + (i % 9_000) * 7).toArray();
        InMemoryDayTestDouble spread =
                new InMemoryDayTestDouble(day.atStartOfDay(), numbers, millis, amounts, new long[count], Map.of());
        Arrays.parallelSetAll(spread.terms, spread::term);
        return spread;
    }

    static String number(long number) {
        return "2611700" + String.format("%013d", number);
    }

    static InvoiceKey key(long number) {
        return new InvoiceKey(SELLER, number(number));
    }

    InMemoryDayTestDouble copy() {
        return new InMemoryDayTestDouble(start, numbers, millis, amountCents, terms, states);
    }

    InMemoryDayTestDouble without(long... gone) {
        long[] kept = LongStream.range(0, numbers.length)
                .filter(i -> Arrays.stream(gone).noneMatch(n -> n == numbers[(int) i]))
                .toArray();
        return new InMemoryDayTestDouble(
                start, pick(numbers, kept), pick(millis, kept), pick(amountCents, kept), pick(terms, kept), states);
    }

    InMemoryDayTestDouble withAmountRaisedByOneCent(long... raised) {
        InMemoryDayTestDouble changed =
                new InMemoryDayTestDouble(start, numbers, millis, amountCents.clone(), terms.clone(), states);
        for (long number : raised) {
            int i = indexOf(number);
            changed.amountCents[i] += 1;
            changed.terms[i] = changed.term(i);
        }
        return changed;
    }

    /** Adds an invoice numbered above every other one, issued {@code secondOfDay} seconds into the day. */
    InMemoryDayTestDouble plus(long number, long secondOfDay) {
        int n = numbers.length;
        long[] more = Arrays.copyOf(numbers, n + 1);
        long[] times = Arrays.copyOf(millis, n + 1);
        long[] amounts = Arrays.copyOf(amountCents, n + 1);
        more[n] = number;
        times[n] = secondOfDay * 1000;
        amounts[n] = 12_345;
        InMemoryDayTestDouble added =
                new InMemoryDayTestDouble(start, more, times, amounts, Arrays.copyOf(terms, n + 1), states);
        added.terms[n] = added.term(n);
        return added;
    }

    InMemoryDayTestDouble inState(long number, InvoiceState state) {
        Map<Long, InvoiceState> changed = new HashMap<>(states);
        changed.put(number, state);
        return new InMemoryDayTestDouble(start, numbers, millis, amountCents, terms, changed);
    }

    long secondOf(long number) {
        return millis[indexOf(number)] / 1000;
    }

    int calls() {
        return calls;
    }

    @Override
    public List<SummaryBucket> summarize(SummaryBuckets split) {
        calls++;
        long from = Duration.between(start, split.from()).toMillis();
        long to = Duration.between(start, split.to()).toMillis();
        long[] counts = new long[split.count()];
        long[] cents = new long[split.count()];
        long[] taxes = new long[split.count()];
        long[] sums = new long[split.count()];
        for (int i = 0; i < numbers.length; i++) {
            if (millis[i] >= from && millis[i] < to && believed(i)) {
                int bucket = (int) Math.floorDiv((millis[i] - from) * split.count(), split.rangeMillis());
                counts[bucket]++;
                cents[bucket] += amountCents[i];
                taxes[bucket] += tax(amountCents[i]);
                sums[bucket] += terms[i];
            }
        }
        List<SummaryBucket> empty = split.empty();
        List<SummaryBucket> buckets = new ArrayList<>();
        for (int b = 0; b < counts.length; b++) {
            buckets.add(new SummaryBucket(
                    empty.get(b).from(),
                    empty.get(b).to(),
                    counts[b],
                    money(cents[b]),
                    money(taxes[b]),
                    counts[b],
                    0,
                    SummaryChecksum.format(sums[b])));
        }
        return buckets;
    }

    @Override
    public List<LedgerEntry> issued(LocalDateTime from, LocalDateTime to) {
        long fromMillis = Duration.between(start, from).toMillis();
        long toMillis = Duration.between(start, to).toMillis();
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            if (millis[i] >= fromMillis && millis[i] < toMillis) {
                entries.add(entry(i));
            }
        }
        return entries;
    }

    @Override
    public List<LedgerEntry> find(Collection<String> invoiceNumbers) {
        return invoiceNumbers.stream()
                .map(n -> Arrays.binarySearch(numbers, Long.parseLong(n.substring(7))))
                .filter(i -> i >= 0)
                .map(this::entry)
                .toList();
    }

    @Override
    public List<TaxRecord> lookup(List<InvoiceKey> keys) {
        calls++;
        return keys.stream()
                .map(k -> Arrays.binarySearch(
                        numbers, Long.parseLong(k.invoiceNumber().substring(7))))
                .filter(i -> i >= 0)
                .map(this::record)
                .toList();
    }

    /** The cursor is the position to go on from, as opaque to the bisection as the real one. */
    @Override
    public TaxRecordPage list(LocalDateTime from, LocalDateTime to, String cursor, int pageSize) {
        calls++;
        long fromMillis = Duration.between(start, from).toMillis();
        long toMillis = Duration.between(start, to).toMillis();
        List<TaxRecord> page = new ArrayList<>();
        int i = cursor == null ? 0 : Integer.parseInt(cursor);
        for (; i < numbers.length && page.size() < pageSize; i++) {
            if (millis[i] >= fromMillis && millis[i] < toMillis) {
                page.add(record(i));
            }
        }
        return new TaxRecordPage(page, i == numbers.length ? null : String.valueOf(i));
    }

    private long term(int i) {
        return SummaryChecksum.term(
                number(numbers[i]), money(amountCents[i]), money(tax(amountCents[i])), issuedAt(millis[i]));
    }

    private boolean believed(int i) {
        return RecordDiff.BELIEVED_IN_TAX.contains(states.getOrDefault(numbers[i], InvoiceState.CONFIRMED));
    }

    private LedgerEntry entry(int i) {
        return new LedgerEntry(
                key(numbers[i]),
                states.getOrDefault(numbers[i], InvoiceState.CONFIRMED),
                new InvoiceFigures(money(amountCents[i]), money(tax(amountCents[i])), issuedAt(millis[i])));
    }

    private TaxRecord record(int i) {
        return new TaxRecord(
                SELLER,
                number(numbers[i]),
                "R" + numbers[i],
                money(amountCents[i]),
                money(tax(amountCents[i])),
                issuedAt(millis[i]));
    }

    private int indexOf(long number) {
        return Arrays.binarySearch(numbers, number);
    }

    private LocalDateTime issuedAt(long offsetMillis) {
        return start.plus(Duration.ofMillis(offsetMillis));
    }

    private static long tax(long amountCents) {
        return amountCents * 6 / 100;
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static long[] pick(long[] values, long[] indexes) {
        return Arrays.stream(indexes).map(i -> values[(int) i]).toArray();
    }
}
