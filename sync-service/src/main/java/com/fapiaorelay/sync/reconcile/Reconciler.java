package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.sync.config.SyncProperties;
import com.fapiaorelay.sync.ledger.LedgerRecordRows;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out one stored run: bisection outside any transaction (it waits on the tax interface), then the findings,
 * the run's completion and its anomaly in one transaction.
 */
@Component
class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final LedgerRecordRows ledger;
    private final TaxInterface tax;
    private final ReconciliationRows runs;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final ReconciliationMetrics metrics;
    private final SyncProperties.Reconciliation settings;
    private final Clock clock;

    Reconciler(
            LedgerRecordRows ledger,
            TaxInterface tax,
            ReconciliationRows runs,
            Outbox outbox,
            TransactionTemplate transaction,
            ReconciliationMetrics metrics,
            SyncProperties properties,
            Clock clock) {
        this.ledger = ledger;
        this.tax = tax;
        this.runs = runs;
        this.outbox = outbox;
        this.transaction = transaction;
        this.metrics = metrics;
        this.settings = properties.reconciliation();
        this.clock = clock;
    }

    void run(long runId, String sellerTaxId, LocalDate day) {
        try {
            Findings findings = new Bisection(
                            new LedgerSide(ledger, sellerTaxId),
                            new RemoteTaxSide(tax, sellerTaxId),
                            settings.splitFactor(),
                            settings.pageSize())
                    .reconcile(day);
            transaction.executeWithoutResult(status -> complete(runId, sellerTaxId, day, findings));
            metrics.completed(findings);
            log.info(
                    "Reconciled {} {}: {} discrepancies in {} remote calls",
                    sellerTaxId,
                    day,
                    findings.discrepancies().size(),
                    findings.remoteCalls());
        } catch (RuntimeException e) {
            // expected when the tax interface is down; the run stays FAILED and can be started again
            log.warn("Reconciliation {} of {} {} failed: {}", runId, sellerTaxId, day, e.toString());
            runs.fail(runId, e.toString(), OffsetDateTime.now(clock));
            metrics.failed();
        }
    }

    private void complete(long runId, String sellerTaxId, LocalDate day, Findings findings) {
        runs.complete(runId, findings, OffsetDateTime.now(clock));
        if (!findings.discrepancies().isEmpty()) {
            AnomalyRaised anomaly = ReconciliationAnomaly.of(runId, sellerTaxId, day, findings);
            outbox.append(Topics.ANOMALIES, anomaly.fingerprint(), anomaly);
        }
    }
}
