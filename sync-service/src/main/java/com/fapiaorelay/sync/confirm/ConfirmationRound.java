package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.sync.config.SyncProperties;
import com.fapiaorelay.sync.ledger.DueInvoice;
import com.fapiaorelay.sync.ledger.Ledger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch: claim due invoices, look them all up in one call (or, on a channel without look-up by key, take the
 * upload result as the proof), act on each verdict, all in one transaction. The
 * claimed rows stay locked until it commits, so another instance never checks the same invoice at the same time.
 */
@Component
class ConfirmationRound {

    private final TransactionTemplate transaction;
    private final Ledger ledger;
    private final TaxInterface tax;
    private final VerdictActions actions;
    private final ConfirmationRules rules;
    private final int batchSize;
    private final Clock clock;

    ConfirmationRound(
            TransactionTemplate transaction,
            Ledger ledger,
            TaxInterface tax,
            VerdictActions actions,
            SyncProperties properties,
            Clock clock) {
        this.transaction = transaction;
        this.ledger = ledger;
        this.tax = tax;
        this.actions = actions;
        this.rules = new ConfirmationRules(properties.confirmation());
        this.batchSize = properties.confirmation().batchSize();
        this.clock = clock;
    }

    int batchSize() {
        return batchSize;
    }

    /** Checks one batch; throws {@code TaxInterfaceUnavailable} (and rolls back) when the look-up fails. */
    List<CheckedInvoice> checkNextBatch() {
        List<CheckedInvoice> checked = transaction.execute(status -> checkBatch());
        return checked == null ? List.of() : checked;
    }

    private List<CheckedInvoice> checkBatch() {
        List<DueInvoice> due = ledger.claimDueChecks(batchSize);
        if (due.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<CheckedInvoice> checked = tax.capabilities().lookupByKey()
                ? lookedUp(due, now)
                : due.stream()
                        .map(invoice -> new CheckedInvoice(invoice, Verdict.confirmedByUploadResult(), now))
                        .toList();
        actions.apply(checked);
        ledger.scheduleChecks(laterLooks(checked));
        return checked;
    }

    private List<CheckedInvoice> lookedUp(List<DueInvoice> due, OffsetDateTime now) {
        Map<InvoiceKey, TaxRecord> shown = lookUp(due);
        return due.stream()
                .map(invoice -> new CheckedInvoice(invoice, rules.decide(invoice, shown.get(invoice.key()), now), now))
                .toList();
    }

    private Map<InvoiceKey, TaxRecord> lookUp(List<DueInvoice> due) {
        return tax.lookup(due.stream().map(DueInvoice::key).toList()).stream()
                .collect(Collectors.toMap(TaxRecord::key, Function.identity(), (first, second) -> first));
    }

    private static Map<InvoiceKey, OffsetDateTime> laterLooks(List<CheckedInvoice> checked) {
        Map<InvoiceKey, OffsetDateTime> later = new LinkedHashMap<>();
        for (CheckedInvoice c : checked) {
            Verdict.Outcome outcome = c.verdict().outcome();
            if (outcome == Verdict.Outcome.NOT_YET_VISIBLE || outcome == Verdict.Outcome.STILL_MISSING) {
                later.put(c.invoice().key(), c.verdict().nextCheckAt());
            }
        }
        return later;
    }
}
