package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.tax.TaxInterfaceUnavailable;
import com.fapiaorelay.sync.config.SyncProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Works through every due look-up, batch after batch, then beats its heartbeat. */
@Component
class ConfirmationScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationScheduler.class);

    private final ConfirmationRound round;
    private final ConfirmationMetrics metrics;

    ConfirmationScheduler(ConfirmationRound round, ConfirmationMetrics metrics) {
        this.round = round;
        this.metrics = metrics;
    }

    @Scheduled(
            fixedDelayString = SyncProperties.CONFIRMATION_INTERVAL,
            initialDelayString = SyncProperties.CONFIRMATION_INTERVAL)
    void confirmDueInvoices() {
        try {
            List<CheckedInvoice> checked;
            do {
                checked = round.checkNextBatch();
                metrics.record(checked);
            } while (checked.size() == round.batchSize());
        } catch (TaxInterfaceUnavailable e) {
            // the round handed its invoices back; the next run asks again
            log.warn("Confirmation paused until the next run: {}", e.getMessage());
            metrics.lookUpFailed();
        }
        metrics.ran();
    }
}
