package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.sync.config.SyncProperties.Confirmation;
import com.fapiaorelay.sync.ledger.DueInvoice;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Decides what a look-up means. Visible: CONFIRMED if the figures agree, else MISMATCH. Not visible: look again
 * with back-off until the deadline; past it MISSING with a re-upload round, and after the last round MISSING for a
 * human, still looked at now and then in case the record surfaces after all.
 */
class ConfirmationRules {

    private final Confirmation settings;

    ConfirmationRules(Confirmation settings) {
        this.settings = settings;
    }

    Verdict decide(DueInvoice invoice, TaxRecord shown, OffsetDateTime now) {
        if (shown != null) {
            List<String> differences = FigureDifferences.between(invoice.figures(), shown);
            return differences.isEmpty()
                    ? Verdict.confirmed(shown.receiptId())
                    : Verdict.mismatch(String.join("; ", differences), shown.receiptId());
        }
        OffsetDateTime deadline = deadline(invoice, now);
        if (invoice.state() == InvoiceState.UPLOADED && now.isBefore(deadline)) {
            OffsetDateTime nextLook = now.plus(backoff(invoice.lookups()));
            return Verdict.notYetVisible(nextLook.isBefore(deadline) ? nextLook : deadline);
        }
        return missing(invoice, now);
    }

    /** Each look-up waits {@code multiplier} times longer than the one before, up to the maximum. */
    Duration backoff(int lookupsSoFar) {
        double millis = settings.initialBackoff().toMillis() * Math.pow(settings.backoffMultiplier(), lookupsSoFar);
        long maxMillis = settings.maxBackoff().toMillis();
        return Duration.ofMillis(millis >= maxMillis ? maxMillis : (long) millis);
    }

    private Verdict missing(DueInvoice invoice, OffsetDateTime now) {
        if (invoice.reuploadRounds() < settings.maxReuploadRounds()) {
            int round = invoice.reuploadRounds() + 1;
            return Verdict.missingReupload(
                    round,
                    now.plus(settings.deadline()),
                    "上传 " + settings.deadline() + " 后税务系统仍查不到，已请求第 " + round + "/" + settings.maxReuploadRounds()
                            + " 轮重传 / not visible in the tax system " + settings.deadline()
                            + " after upload; re-upload round " + round + " of " + settings.maxReuploadRounds()
                            + " requested");
        }
        OffsetDateTime recheck = now.plus(settings.maxBackoff());
        if (invoice.state() == InvoiceState.MISSING && invoice.missingAlerted()) {
            return Verdict.stillMissing(recheck);
        }
        return Verdict.missingFinal(
                recheck,
                "自动重传 " + settings.maxReuploadRounds() + " 轮后税务系统仍查不到，需要人工处理 / not visible in the tax system after "
                        + settings.maxReuploadRounds() + " re-upload rounds; needs a human");
    }

    private OffsetDateTime deadline(DueInvoice invoice, OffsetDateTime now) {
        return Objects.requireNonNullElse(invoice.uploadedAt(), now).plus(settings.deadline());
    }
}
