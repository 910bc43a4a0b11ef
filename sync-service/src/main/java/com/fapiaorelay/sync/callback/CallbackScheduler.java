package com.fapiaorelay.sync.callback;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues new status changes, sends due callbacks and forgets old delivered ones. Safe on every replica: the feed is taken by one at a time and
 * deliveries are claimed with SKIP LOCKED.
 */
@Component
class CallbackScheduler {

    private final CallbackDeliveries deliveries;

    CallbackScheduler(CallbackDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Scheduled(fixedDelayString = CallbackProperties.INTERVAL)
    void run() {
        int queued;
        do {
            queued = deliveries.queueNewChanges();
        } while (queued == deliveries.queueBatchSize());
        int sent;
        do {
            sent = deliveries.sendDue();
        } while (sent > 0);
        deliveries.forgetOldDeliveries();
    }
}
