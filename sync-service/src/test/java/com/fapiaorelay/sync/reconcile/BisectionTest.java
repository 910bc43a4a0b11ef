package com.fapiaorelay.sync.reconcile;

import static com.fapiaorelay.sync.reconcile.DiscrepancyKind.FIELD_MISMATCH;
import static com.fapiaorelay.sync.reconcile.DiscrepancyKind.MISSING_IN_TAX;
import static com.fapiaorelay.sync.reconcile.DiscrepancyKind.UNKNOWN_TO_US;
import static com.fapiaorelay.sync.reconcile.InMemoryDayTestDouble.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The bisection on in-memory sides: what it finds, and how many remote calls it takes to find it. */
class BisectionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final int MILLION = 1_000_000;
    private static final InMemoryDayTestDouble MILLION_OURS = InMemoryDayTestDouble.evenlySpread(DAY, MILLION);
    private static final InMemoryDayTestDouble SMALL_OURS = InMemoryDayTestDouble.evenlySpread(DAY, 300);

    @Test
    void settlesAMillionInvoicesWithTenDiscrepanciesInAboutThirtyCalls() {
        long[] planted = new Random(7).longs(0, MILLION).distinct().limit(10).toArray();
        long[] missing = LongStream.of(planted).limit(5).toArray();
        long[] altered = LongStream.of(planted).skip(5).toArray();
        InMemoryDayTestDouble theirs = MILLION_OURS.without(missing).withAmountRaisedByOneCent(altered);

        Findings findings = new Bisection(MILLION_OURS, theirs, 32, 1000).reconcile(DAY);

        System.out.printf(
                "bisection: 1,000,000 invoices, 5 missing + 5 altered: %d remote calls%n", findings.remoteCalls());
        List<Tuple> expected = new ArrayList<>();
        LongStream.of(missing).forEach(n -> expected.add(tuple(MISSING_IN_TAX, key(n))));
        LongStream.of(altered).forEach(n -> expected.add(tuple(FIELD_MISMATCH, key(n))));
        assertThat(findings.discrepancies())
                .extracting(Discrepancy::kind, Discrepancy::key)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(findings.remoteCalls()).isEqualTo(theirs.calls()).isBetween(11, 31);
        assertThat(findings.ourTotal().count() - findings.theirTotal().count()).isEqualTo(5);
    }

    @Test
    void namesInvoicesUnknownToUsOnALargeDayByListingOnlyTheirLeaves() {
        InMemoryDayTestDouble theirs = MILLION_OURS.plus(MILLION, 3_600).plus(MILLION + 1, 50_000);

        Findings findings = new Bisection(MILLION_OURS, theirs, 32, 1000).reconcile(DAY);

        System.out.printf(
                "bisection: 1,000,000 invoices, 2 unknown to us: %d remote calls (listing the day: %d)%n",
                findings.remoteCalls(), MILLION / 1000 + 1);
        assertThat(findings.discrepancies())
                .extracting(Discrepancy::kind, Discrepancy::key)
                .containsExactlyInAnyOrder(tuple(UNKNOWN_TO_US, key(MILLION)), tuple(UNKNOWN_TO_US, key(MILLION + 1)));
        // one summary, a split of each differing bucket, look-ups of both leaves' ~1,950 keys, one listing per leaf
        assertThat(findings.remoteCalls()).isEqualTo(theirs.calls()).isEqualTo(1 + 2 + 2 + 2);
    }

    @Test
    void equalSidesTakeOneCall() {
        InMemoryDayTestDouble theirs = MILLION_OURS.copy();

        Findings findings = new Bisection(MILLION_OURS, theirs, 32, 1000).reconcile(DAY);

        assertThat(findings.discrepancies()).isEmpty();
        assertThat(findings.remoteCalls()).isEqualTo(1);
    }

    @Test
    void aDayThatFitsInAPageIsListedOutright() {
        InMemoryDayTestDouble theirs =
                SMALL_OURS.without(10, 150).withAmountRaisedByOneCent(250).plus(1_000, 40_000);

        Findings findings = new Bisection(SMALL_OURS, theirs, 32, 1000).reconcile(DAY);

        assertThat(findings.discrepancies())
                .extracting(Discrepancy::kind, Discrepancy::key)
                .containsExactlyInAnyOrder(
                        tuple(MISSING_IN_TAX, key(10)),
                        tuple(MISSING_IN_TAX, key(150)),
                        tuple(FIELD_MISMATCH, key(250)),
                        tuple(UNKNOWN_TO_US, key(1_000)));
        assertThat(findings.remoteCalls()).isEqualTo(2);
    }

    @Test
    void smallLeavesAreLookedUpAndOnlyResiduesListed() {
        InMemoryDayTestDouble theirs =
                SMALL_OURS.without(10, 150).withAmountRaisedByOneCent(250).plus(1_000, 40_000);

        Findings findings = new Bisection(SMALL_OURS, theirs, 32, 50).reconcile(DAY);

        assertThat(findings.discrepancies())
                .extracting(Discrepancy::kind)
                .containsExactlyInAnyOrder(MISSING_IN_TAX, MISSING_IN_TAX, FIELD_MISMATCH, UNKNOWN_TO_US);
        // one summary, one look-up for all four leaves, one listing of the one leaf with a residue
        assertThat(findings.remoteCalls()).isEqualTo(1 + 1 + 1);
    }

    @Test
    void invoiceOnItsWayThatTheTaxSystemAlreadyShowsIsNoDiscrepancy() {
        InMemoryDayTestDouble ours =
                SMALL_OURS.inState(42, InvoiceState.OUTCOME_UNKNOWN).inState(43, InvoiceState.UPLOAD_PENDING);
        InMemoryDayTestDouble theirs = SMALL_OURS.without(43);

        Findings small = new Bisection(ours, theirs, 32, 1000).reconcile(DAY);
        Findings bisected = new Bisection(ours, theirs.copy(), 32, 50).reconcile(DAY);

        assertThat(small.discrepancies()).isEmpty();
        assertThat(bisected.discrepancies()).isEmpty();
        assertThat(bisected.remoteCalls()).isEqualTo(2);
    }

    @Test
    void ourInvoiceShownUnderAnotherIssueTimeIsAFieldMismatchNotTwoDiscrepancies() {
        long moved = 100;
        InMemoryDayTestDouble theirs = SMALL_OURS.without(moved).plus(moved + 10_000, 0);
        InMemoryDayTestDouble ours = SMALL_OURS.without(moved).plus(moved + 10_000, SMALL_OURS.secondOf(moved));

        Findings findings = new Bisection(ours, theirs, 32, 50).reconcile(DAY);

        assertThat(findings.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(FIELD_MISMATCH);
            assertThat(d.detail()).contains("issuedAt");
        });
    }
}
