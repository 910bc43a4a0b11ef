package com.fapiaorelay.sync.report;

import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.sync.config.SyncProperties;
import com.fapiaorelay.sync.ledger.LedgerRecordRows;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly, after the reconciliation, reports yesterday to every seller that issued invoices on it; one replica. */
@Component
class DailyReportScheduler {

    private final DailyReportMaker maker;
    private final LedgerRecordRows ledger;
    private final Clock clock;

    DailyReportScheduler(DailyReportMaker maker, LedgerRecordRows ledger, Clock clock) {
        this.maker = maker;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Scheduled(cron = SyncProperties.REPORT_SCHEDULE, zone = "Asia/Shanghai")
    @SchedulerLock(name = "sync-daily-report", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void reportYesterday() {
        LocalDate day = BusinessDays.today(clock).minusDays(1);
        for (String seller :
                ledger.sellersIssuing(day.atStartOfDay(), day.plusDays(1).atStartOfDay())) {
            maker.make(seller, day);
        }
    }
}
