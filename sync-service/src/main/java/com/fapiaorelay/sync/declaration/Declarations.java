package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.ErpTotalsDeclared;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.sync.config.SyncProperties;
import com.fapiaorelay.sync.ledger.Ledger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door to declarations: stores what ERPs declare (from Kafka or REST) and compares due ones with the ledger,
 * each comparison's anomaly, NOT_RECEIVED invoices and stored result in one transaction.
 */
@Component
class Declarations {

    private final DeclarationRows rows;
    private final ReceivedInvoices received;
    private final Ledger ledger;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final SyncProperties.Declarations timing;
    private final Clock clock;

    Declarations(
            DeclarationRows rows,
            ReceivedInvoices received,
            Ledger ledger,
            Outbox outbox,
            TransactionTemplate transaction,
            SyncProperties properties,
            Clock clock) {
        this.rows = rows;
        this.received = received;
        this.ledger = ledger;
        this.outbox = outbox;
        this.transaction = transaction;
        this.timing = properties.declarations();
        this.clock = clock;
    }

    /** Stores declarations; of several for one seller and day or batch, the latest declared wins. */
    void record(List<ErpTotalsDeclared> declarations) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        transaction.executeWithoutResult(status -> latestPerSubject(declarations)
                .forEach(declared -> rows.store(declared, now, now.plus(timing.grace()))));
    }

    /** Stores one declaration and answers it as stored. */
    DeclarationView recordOne(ErpTotalsDeclared declared) {
        record(List.of(declared));
        return rows.find(declared.sellerTaxId(), Declaration.subjectOf(declared))
                .orElseThrow();
    }

    /** The latest declarations, newest first, of {@code sellers} (null: every seller). */
    List<DeclarationView> recent(Set<String> sellers, int limit) {
        return rows.recent(sellers, limit);
    }

    /** Compares one batch of due declarations; answers how many. */
    int compareDue() {
        Integer compared = transaction.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Declaration> due = rows.claimDue(now, timing.batchSize());
            due.forEach(declared -> settle(received.compare(declared), now));
            return due.size();
        });
        return compared == null ? 0 : compared;
    }

    int batchSize() {
        return timing.batchSize();
    }

    private void settle(Comparison comparison, OffsetDateTime now) {
        Declaration declared = comparison.declared();
        if (comparison.matches()) {
            if (declared.gapRaised()) {
                announce(DeclarationAnomaly.closed(comparison));
            }
            rows.recordComparison(comparison, false, now, null);
            return;
        }
        ledger.recordNotReceived(declared.sellerTaxId(), comparison.missingNumbers(), notReceivedReason(declared));
        if (!declared.gapRaised()) {
            announce(DeclarationAnomaly.of(comparison));
        }
        rows.recordComparison(comparison, true, now, now.plus(timing.recheck()));
    }

    private void announce(AnomalyRaised anomaly) {
        outbox.append(Topics.ANOMALIES, anomaly.fingerprint(), anomaly);
    }

    private static String notReceivedReason(Declaration declared) {
        return "ERP " + declared.source() + " 声明已开具（" + declared.scopeZh() + "），未收到 / declared by ERP "
                + declared.source() + " (" + declared.scopeEn() + "), never received";
    }

    private static List<ErpTotalsDeclared> latestPerSubject(List<ErpTotalsDeclared> declarations) {
        BinaryOperator<ErpTotalsDeclared> later =
                BinaryOperator.maxBy(Comparator.comparing(ErpTotalsDeclared::occurredAt));
        Map<String, ErpTotalsDeclared> latest = declarations.stream()
                .collect(Collectors.toMap(
                        declared -> declared.sellerTaxId() + "|" + Declaration.subjectOf(declared),
                        declared -> declared,
                        later));
        return List.copyOf(latest.values());
    }
}
