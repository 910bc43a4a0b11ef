package com.fapiaorelay.sync.callback;

import com.fapiaorelay.kit.pacing.IdleBackoff;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues new status changes and sends due callbacks every interval while there are some, ever less often while there
 * are none (down to once an idle interval); forgets old delivered ones hourly. Safe on every replica: the feed is
 * taken by one at a time and deliveries are claimed with SKIP LOCKED.
 */
@Component
class CallbackScheduler {

    private final CallbackDeliveries deliveries;
    private final IdleBackoff pacing;

    CallbackScheduler(CallbackDeliveries deliveries, CallbackProperties properties) {
        this.deliveries = deliveries;
        this.pacing = new IdleBackoff(properties.interval(), properties.idleInterval());
    }

    @Scheduled(fixedDelayString = CallbackProperties.INTERVAL)
    void run() {
        pacing.onTick(this::queueAndSend);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forget() {
        int forgotten;
        do {
            forgotten = deliveries.forgetOldDeliveries();
        } while (forgotten == deliveries.queueBatchSize());
    }

    /** Answers how many changes were read and deliveries claimed. */
    private int queueAndSend() {
        int queued;
        int total = 0;
        do {
            queued = deliveries.queueNewChanges();
            total += queued;
        } while (queued == deliveries.queueBatchSize());
        int sent;
        do {
            sent = deliveries.sendDue();
            total += sent;
        } while (sent > 0);
        return total;
    }
}
