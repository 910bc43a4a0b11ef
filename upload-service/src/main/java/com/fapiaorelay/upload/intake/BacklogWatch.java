package com.fapiaorelay.upload.intake;

import com.fapiaorelay.kit.pacing.PacedLoops;
import com.fapiaorelay.kit.pacing.PacedWork;
import com.fapiaorelay.upload.config.WatchProperties;
import com.fapiaorelay.upload.submission.InvoicesQueued;
import com.fapiaorelay.upload.submission.Submissions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Backpressure: above the high-water mark of invoices awaiting upload, intake stops consuming and Kafka holds the
 * rest; below the low-water mark it resumes. Nothing is refused and nothing is lost. The backlog is counted every
 * watch interval while intake is paused or the count moves, and when invoices are queued in this process; a backlog
 * that stays put is counted ever less often, down to once an idle watch interval.
 */
@Component
class BacklogWatch implements PacedWork {

    private static final Logger log = LoggerFactory.getLogger(BacklogWatch.class);

    private final Submissions submissions;
    private final KafkaListenerEndpointRegistry listeners;
    private final long highWater;
    private final long lowWater;
    private final AtomicLong backlog = new AtomicLong();
    private final PacedLoops loop;

    BacklogWatch(
            Submissions submissions,
            KafkaListenerEndpointRegistry listeners,
            MeterRegistry meters,
            IntakeProperties properties,
            WatchProperties watches) {
        this.submissions = submissions;
        this.loop = watches.loop("backlog-watch", this::count);
        this.listeners = listeners;
        this.highWater = properties.backlog().highWater();
        this.lowWater = properties.backlog().lowWater();
        Gauge.builder("fapiao.upload.backlog", backlog, AtomicLong::get)
                .description("Invoices stored and waiting for an upload attempt")
                .register(meters);
        Gauge.builder("fapiao.intake.paused", this, watch -> watch.intake().isPauseRequested() ? 1 : 0)
                .description("1 while intake has paused its Kafka listener because the backlog is high")
                .register(meters);
    }

    @TransactionalEventListener
    void invoicesQueued(InvoicesQueued queued) {
        loop.ring();
    }

    @Override
    public PacedLoops loops() {
        return loop;
    }

    /** Answers 1 while the backlog needs following every interval: intake paused, or the count moved. */
    private int count() {
        long waiting = submissions.countAwaitingUpload();
        long before = backlog.getAndSet(waiting);
        MessageListenerContainer intake = intake();
        if (waiting > highWater && !intake.isPauseRequested()) {
            log.warn("Backlog {} above {}: intake paused, Kafka holds the rest", waiting, highWater);
            intake.pause();
        } else if (waiting < lowWater && intake.isPauseRequested()) {
            log.info("Backlog {} below {}: intake resumed", waiting, lowWater);
            intake.resume();
        }
        return intake.isPauseRequested() || waiting != before ? 1 : 0;
    }

    private MessageListenerContainer intake() {
        return listeners.getListenerContainer(SubmittedListener.LISTENER_ID);
    }
}
