package com.fapiaorelay.alert.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each run queues what is due (sealed windows, recoveries, escalations), then works the delivery queue. */
@Component
class DeliveryScheduler {

    private final MessageQueue queue;
    private final Escalations escalations;
    private final DeliveryWorker worker;
    private volatile long lastRunMillis = System.currentTimeMillis();

    DeliveryScheduler(MessageQueue queue, Escalations escalations, DeliveryWorker worker, MeterRegistry registry) {
        this.queue = queue;
        this.escalations = escalations;
        this.worker = worker;
        Gauge.builder("fapiao.scheduler.last.run", this, s -> s.lastRunMillis / 1000.0)
                .tag("scheduler", "alert-delivery")
                .description("Unix time in seconds at which the scheduler last completed a run")
                .register(registry);
    }

    @Scheduled(fixedDelayString = DeliveryProperties.INTERVAL)
    void run() {
        queue.queueDueGroups();
        queue.queueRecovered();
        escalations.escalateDue();
        worker.deliverDue();
        lastRunMillis = System.currentTimeMillis();
    }
}
