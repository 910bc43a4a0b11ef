package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.kit.lease.CallLease;
import com.fapiaorelay.sync.config.SyncProperties;
import com.fapiaorelay.sync.ledger.CheckClaim;
import com.fapiaorelay.sync.ledger.DueInvoice;
import com.fapiaorelay.sync.ledger.Ledger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * One batch: claim due invoices under a lease (one committed statement), look them all up in one call with no
 * transaction open and no connection held (or, on a channel without look-up by key, take the upload result as the
 * proof), then record each verdict where the claim still holds. Another instance skips what is claimed until the lease
 * ends, and a round that outlived its lease records nothing for the invoices claimed since.
 */
@Component
class ConfirmationRound {

    private final Ledger ledger;
    private final TaxInterface tax;
    private final VerdictActions actions;
    private final ConfirmationRules rules;
    private final CallLease lease;
    private final int batchSize;
    private final Clock clock;

    ConfirmationRound(
            Ledger ledger,
            TaxInterface tax,
            VerdictActions actions,
            CallLease lease,
            SyncProperties properties,
            Clock clock) {
        this.ledger = ledger;
        this.tax = tax;
        this.actions = actions;
        this.rules = new ConfirmationRules(properties.confirmation());
        this.lease = lease;
        this.batchSize = properties.confirmation().batchSize();
        this.clock = clock;
    }

    int batchSize() {
        return batchSize;
    }

    /**
     * Checks one batch and answers the verdicts recorded; throws {@code TaxInterfaceUnavailable} when the look-up
     * fails, after handing the invoices back so the next run asks again at once.
     */
    List<CheckedInvoice> checkNextBatch() {
        CheckClaim claim = ledger.claimDueChecks(batchSize, lease.duration());
        if (claim.isEmpty()) {
            return List.of();
        }
        return actions.record(claim, checkedOrReleased(claim));
    }

    private List<CheckedInvoice> checkedOrReleased(CheckClaim claim) {
        try {
            return check(claim.invoices());
        } catch (RuntimeException e) {
            ledger.releaseChecks(claim);
            throw e;
        }
    }

    private List<CheckedInvoice> check(List<DueInvoice> due) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!tax.capabilities().lookupByKey()) {
            return due.stream()
                    .map(invoice -> new CheckedInvoice(invoice, Verdict.confirmedByUploadResult(), now))
                    .toList();
        }
        Map<InvoiceKey, TaxRecord> shown = lookUp(due);
        return due.stream()
                .map(invoice -> new CheckedInvoice(invoice, rules.decide(invoice, shown.get(invoice.key()), now), now))
                .toList();
    }

    private Map<InvoiceKey, TaxRecord> lookUp(List<DueInvoice> due) {
        return tax.lookup(due.stream().map(DueInvoice::key).toList()).stream()
                .collect(Collectors.toMap(TaxRecord::key, Function.identity(), (first, second) -> first));
    }
}
