package com.fapiaorelay.sync.report;

import static com.fapiaorelay.testsupport.ChinaClocks.FIRST_SECOND_OF_THE_NEXT_DAY;
import static com.fapiaorelay.testsupport.ChinaClocks.LAST_SECOND_OF_THE_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.ledger.LedgerRecordRows;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The nightly report covers the Beijing day that ended at midnight, on clocks pinned either side of it in UTC. */
class DailyReportDayBoundaryIT extends SyncIntegrationTest {

    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2024, 12, 31);

    @Autowired
    DailyReportMaker maker;

    @Autowired
    LedgerRecordRows ledger;

    @Autowired
    DailyReportRows reports;

    @Test
    void reportsTheChinaDayThatEndedAtMidnight() {
        SellerDay sellerDay = SellerDay.fresh(NEW_YEARS_EVE);
        Invoice lastOfTheYear = sellerDay.issuedAtSecond(Duration.ofDays(1).toSeconds() - 1);
        publishUploaded(lastOfTheYear, 1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !stateOf(lastOfTheYear.key()).equals("ABSENT"));

        schedulerAt(LAST_SECOND_OF_THE_DAY).reportYesterday();
        assertThat(reports.find(sellerDay.sellerTaxId(), NEW_YEARS_EVE)).isEmpty();

        schedulerAt(FIRST_SECOND_OF_THE_NEXT_DAY).reportYesterday();
        assertThat(reports.find(sellerDay.sellerTaxId(), NEW_YEARS_EVE))
                .hasValueSatisfying(report -> assertThat(report.total()).isEqualTo(1));
    }

    private DailyReportScheduler schedulerAt(Clock clock) {
        return new DailyReportScheduler(maker, ledger, clock);
    }
}
