package com.fapiaorelay.sync.reconcile;

import static com.fapiaorelay.testsupport.ChinaClocks.FIRST_SECOND_OF_THE_NEXT_DAY;
import static com.fapiaorelay.testsupport.ChinaClocks.LAST_SECOND_OF_THE_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.access.Caller;
import com.fapiaorelay.sync.ledger.LedgerRecordRows;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The nightly run and the "no future day" check follow Beijing's midnight, on clocks pinned either side of it that
 * run in UTC (where it is still the afternoon of the old day).
 */
class ReconciliationDayBoundaryIT extends SyncIntegrationTest {

    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2024, 12, 31);
    private static final Caller ADMIN = new Caller("test", "day-boundary test", Set.of(), true);

    @Autowired
    Reconciliations reconciliations;

    @Autowired
    LedgerRecordRows ledger;

    @Autowired
    ReconciliationMetrics metrics;

    @Autowired
    TaxInterface tax;

    @Test
    void nightlyRunReconcilesTheChinaDayThatEndedAtMidnight() {
        SellerDay sellerDay = SellerDay.fresh(NEW_YEARS_EVE);
        Invoice lastOfTheYear = sellerDay.issuedAtSecond(Duration.ofDays(1).toSeconds() - 1);
        publishUploaded(lastOfTheYear, 1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !stateOf(lastOfTheYear.key()).equals("ABSENT"));

        schedulerAt(LAST_SECOND_OF_THE_DAY).reconcileYesterday();
        assertThat(reconciliations.latest(sellerDay.sellerTaxId(), NEW_YEARS_EVE))
                .isEmpty();

        schedulerAt(FIRST_SECOND_OF_THE_NEXT_DAY).reconcileYesterday();
        assertThat(reconciliations.latest(sellerDay.sellerTaxId(), NEW_YEARS_EVE))
                .hasValueSatisfying(run -> assertThat(run.trigger()).isEqualTo(Reconciliations.SCHEDULED));
    }

    @Test
    void aDayIsInTheFutureUntilMidnightInBeijing() {
        ReconciliationRequest newYearsDay =
                new ReconciliationRequest(SellerDay.fresh(NEW_YEARS_EVE).sellerTaxId(), NEW_YEARS_EVE.plusDays(1));

        assertThatThrownBy(() -> controllerAt(LAST_SECOND_OF_THE_DAY).start(newYearsDay, ADMIN))
                .isInstanceOf(ReconciliationRequestInvalid.class);
        assertThat(controllerAt(FIRST_SECOND_OF_THE_NEXT_DAY)
                        .start(newYearsDay, ADMIN)
                        .getStatusCode()
                        .value())
                .isEqualTo(202);
    }

    private ReconciliationScheduler schedulerAt(Clock clock) {
        return new ReconciliationScheduler(reconciliations, ledger, metrics, clock, tax);
    }

    private ReconciliationController controllerAt(Clock clock) {
        return new ReconciliationController(reconciliations, clock);
    }
}
