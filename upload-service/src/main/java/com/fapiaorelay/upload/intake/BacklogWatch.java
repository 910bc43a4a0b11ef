package com.fapiaorelay.upload.intake;

import com.fapiaorelay.upload.config.WatchProperties;
import com.fapiaorelay.upload.submission.Submissions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backpressure: above the high-water mark of invoices awaiting upload, intake stops consuming and Kafka holds the
 * rest; below the low-water mark it resumes. Nothing is refused and nothing is lost.
 */
@Component
class BacklogWatch {

    private static final Logger log = LoggerFactory.getLogger(BacklogWatch.class);

    private final Submissions submissions;
    private final KafkaListenerEndpointRegistry listeners;
    private final long highWater;
    private final long lowWater;
    private final AtomicLong backlog = new AtomicLong();

    BacklogWatch(
            Submissions submissions,
            KafkaListenerEndpointRegistry listeners,
            MeterRegistry meters,
            IntakeProperties properties) {
        this.submissions = submissions;
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

    @Scheduled(fixedDelayString = WatchProperties.INTERVAL)
    void check() {
        long waiting = submissions.countAwaitingUpload();
        backlog.set(waiting);
        MessageListenerContainer intake = intake();
        if (waiting > highWater && !intake.isPauseRequested()) {
            log.warn("Backlog {} above {}: intake paused, Kafka holds the rest", waiting, highWater);
            intake.pause();
        } else if (waiting < lowWater && intake.isPauseRequested()) {
            log.info("Backlog {} below {}: intake resumed", waiting, lowWater);
            intake.resume();
        }
    }

    private MessageListenerContainer intake() {
        return listeners.getListenerContainer(SubmittedListener.LISTENER_ID);
    }
}
