package com.fapiaorelay.sync.callback;

import com.fapiaorelay.kit.pacing.PacedLoops;
import com.fapiaorelay.kit.pacing.PacedWork;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues new status changes and sends due callbacks every interval while there are some, ever less often while there
 * are none (down to once an idle interval); forgets old delivered ones hourly. Safe on every replica: the feed is
 * taken by one at a time and deliveries are claimed with SKIP LOCKED.
 */
@Component
class CallbackScheduler implements PacedWork {

    private final CallbackDeliveries deliveries;
    private final PacedLoops loop;

    CallbackScheduler(CallbackDeliveries deliveries, CallbackProperties properties) {
        this.deliveries = deliveries;
        this.loop = new PacedLoops(
                "status-callbacks", 1, properties.interval(), properties.idleInterval(), this::queueAndSend);
    }

    @Override
    public PacedLoops loops() {
        return loop;
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
