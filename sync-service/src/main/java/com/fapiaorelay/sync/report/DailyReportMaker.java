package com.fapiaorelay.sync.report;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.sync.ledger.LedgerStatistics;
import com.fapiaorelay.sync.reconcile.ReconciliationRun;
import com.fapiaorelay.sync.reconcile.Reconciliations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes a seller's daily report, stores it and sends it, in one transaction. */
@Component
class DailyReportMaker {

    private final LedgerStatistics statistics;
    private final Reconciliations reconciliations;
    private final DailyReportRows reports;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DailyReportMaker(
            LedgerStatistics statistics,
            Reconciliations reconciliations,
            DailyReportRows reports,
            Outbox outbox,
            TransactionTemplate transaction,
            Clock clock) {
        this.statistics = statistics;
        this.reconciliations = reconciliations;
        this.reports = reports;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    DailyReport make(String sellerTaxId, LocalDate day) {
        return transaction.execute(status -> {
            DailyReport report = gather(sellerTaxId, day);
            reports.save(report);
            AnomalyRaised message = DailyReportAnomaly.of(report);
            outbox.append(Topics.ANOMALIES, message.fingerprint(), message);
            return report;
        });
    }

    private DailyReport gather(String sellerTaxId, LocalDate day) {
        Map<InvoiceState, Long> byState = new EnumMap<>(InvoiceState.class);
        byState.putAll(statistics.countByState(sellerTaxId, day));
        long needingHuman = byState.entrySet().stream()
                .filter(e -> e.getKey().needsHuman())
                .mapToLong(Map.Entry::getValue)
                .sum();
        return new DailyReport(
                sellerTaxId,
                day,
                OffsetDateTime.now(clock),
                byState,
                byState.values().stream().mapToLong(Long::longValue).sum(),
                statistics.recoveredAutomatically(sellerTaxId, day),
                needingHuman,
                reconciliations
                        .latest(sellerTaxId, day)
                        .map(DailyReportMaker::outcome)
                        .orElse(null));
    }

    private static DailyReport.Reconciliation outcome(ReconciliationRun run) {
        return new DailyReport.Reconciliation(
                run.id(), run.status().name(), run.missingInTax(), run.unknownToUs(), run.fieldMismatch());
    }
}
