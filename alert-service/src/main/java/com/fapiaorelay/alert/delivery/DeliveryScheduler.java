package com.fapiaorelay.alert.delivery;

import com.fapiaorelay.alert.lifecycle.AlertGroups;
import com.fapiaorelay.kit.pacing.PacedLoops;
import com.fapiaorelay.kit.pacing.PacedWork;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Each run queues what is due (sealed windows, recoveries, escalations), then works the delivery queue. It runs every
 * interval while it finds work or a group's window is open, so a group goes out within an interval of its window's
 * end; with neither, ever less often, down to once an idle interval, which is what a retry, an escalation or a
 * recovery falling due in a quiet spell may wait, and how late a new group is first seen.
 */
@Component
class DeliveryScheduler implements PacedWork {

    private final MessageQueue queue;
    private final Escalations escalations;
    private final DeliveryWorker worker;
    private final AlertGroups groups;
    private final PacedLoops loop;
    private volatile long lastRunMillis = System.currentTimeMillis();

    DeliveryScheduler(
            MessageQueue queue,
            Escalations escalations,
            DeliveryWorker worker,
            AlertGroups groups,
            DeliveryProperties properties,
            MeterRegistry registry) {
        this.queue = queue;
        this.escalations = escalations;
        this.worker = worker;
        this.groups = groups;
        this.loop =
                new PacedLoops("alert-delivery", 1, properties.interval(), properties.idleInterval(), this::deliver);
        Gauge.builder("fapiao.scheduler.last.run", this, s -> s.lastRunMillis / 1000.0)
                .tag("scheduler", "alert-delivery")
                .description("Unix time in seconds at which the scheduler last completed a run")
                .register(registry);
    }

    @Override
    public PacedLoops loops() {
        return loop;
    }

    /** Answers how much it found to do, counting an open window as work. */
    private int deliver() {
        int done = queue.queueDueGroups() + queue.queueRecovered() + escalations.escalateDue() + worker.deliverDue();
        lastRunMillis = System.currentTimeMillis();
        return done + (groups.anyOpen() ? 1 : 0);
    }
}
