package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.sync.config.SyncProperties;
import com.fapiaorelay.sync.ledger.LedgerRecordRows;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly, reconciles yesterday for every seller that issued invoices on it, one seller after another; not at all on a
 * channel that offers no summary (乐企), whose invoices are confirmed one by one by their upload results. One replica
 * runs it: the others' triggers, at the same second or a few later on a skewed clock, find the lock held.
 */
@Component
class ReconciliationScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationScheduler.class);

    private final Reconciliations reconciliations;
    private final LedgerRecordRows ledger;
    private final ReconciliationMetrics metrics;
    private final Clock clock;
    private final boolean channelSummarises;

    ReconciliationScheduler(
            Reconciliations reconciliations,
            LedgerRecordRows ledger,
            ReconciliationMetrics metrics,
            Clock clock,
            TaxInterface tax) {
        this.channelSummarises = tax.capabilities().summary();
        this.reconciliations = reconciliations;
        this.ledger = ledger;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(cron = SyncProperties.RECONCILIATION_SCHEDULE, zone = "Asia/Shanghai")
    @SchedulerLock(name = "sync-nightly-reconciliation", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void reconcileYesterday() {
        reconcile(BusinessDays.today(clock).minusDays(1));
    }

    void reconcile(LocalDate day) {
        if (!channelSummarises) {
            log.info("No reconciliation of {}: the tax channel offers no summary (docs/leqi.md)", day);
            metrics.scheduledRunFinished();
            return;
        }
        for (String seller :
                ledger.sellersIssuing(day.atStartOfDay(), day.plusDays(1).atStartOfDay())) {
            reconciliations.runNow(seller, day, Reconciliations.SCHEDULED);
        }
        metrics.scheduledRunFinished();
    }
}
