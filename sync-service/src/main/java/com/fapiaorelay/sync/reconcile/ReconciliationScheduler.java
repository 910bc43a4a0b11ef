package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.sync.ledger.LedgerRecords;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly, reconciles yesterday for every seller that issued invoices on it, one seller after another. One replica
 * runs it: the others' triggers, at the same second or a few later on a skewed clock, find the lock held.
 */
@Component
class ReconciliationScheduler {

    private final Reconciliations reconciliations;
    private final LedgerRecords ledger;
    private final ReconciliationMetrics metrics;
    private final Clock clock;

    ReconciliationScheduler(
            Reconciliations reconciliations, LedgerRecords ledger, ReconciliationMetrics metrics, Clock clock) {
        this.reconciliations = reconciliations;
        this.ledger = ledger;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(cron = "${fapiao.sync.reconciliation.schedule:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "sync-nightly-reconciliation", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void reconcileYesterday() {
        reconcile(BusinessDays.today(clock).minusDays(1));
    }

    void reconcile(LocalDate day) {
        for (String seller :
                ledger.sellersIssuing(day.atStartOfDay(), day.plusDays(1).atStartOfDay())) {
            reconciliations.runNow(seller, day, Reconciliations.SCHEDULED);
        }
        metrics.scheduledRunFinished();
    }
}
