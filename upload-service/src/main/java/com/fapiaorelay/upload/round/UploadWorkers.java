package com.fapiaorelay.upload.round;

import com.fapiaorelay.kit.pacing.IdleBackoff;
import com.fapiaorelay.kit.pacing.PacedLoops;
import com.fapiaorelay.kit.trace.Traces;
import com.fapiaorelay.upload.submission.InvoicesQueued;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A fixed number of workers, each draining due invoices round after round and resting a poll interval when none
 * are due. While none are due, they sleep ever longer ({@link IdleBackoff}, up to {@code maxIdlePause}); invoices
 * queued in this process wake them. The number of workers bounds the concurrent calls to the tax interface. A round cut short by a stop
 * leaves its invoices claimed; they return to the queue when their lease ends. Each round is a trace of its own, and
 * its end is the heartbeat {@code fapiao_scheduler_last_run{scheduler="upload"}}: a round ends even while the gate
 * is closed, so only hung or failing workers let it go stale.
 */
@Component
class UploadWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UploadWorkers.class);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(5);

    private final UploadRound round;
    private final UploadProperties properties;
    private final Traces traces;
    private final PacedLoops workers;
    private final AtomicLong lastRoundMillis = new AtomicLong(System.currentTimeMillis());

    UploadWorkers(UploadRound round, UploadProperties properties, Traces traces, MeterRegistry meters) {
        this.round = round;
        this.properties = properties;
        this.traces = traces;
        this.workers = new PacedLoops(
                "upload-worker",
                properties.concurrency(),
                properties.pollInterval(),
                properties.maxIdlePause(),
                this::drain);
        Gauge.builder("fapiao.scheduler.last.run", lastRoundMillis, millis -> millis.get() / 1000.0)
                .tag("scheduler", "upload")
                .description("Unix time in seconds at which the scheduler last completed a run")
                .register(meters);
    }

    @Override
    public void start() {
        workers.start();
    }

    @Override
    public void stop() {
        workers.stop(STOP_PATIENCE);
    }

    @Override
    public boolean isRunning() {
        return workers.isRunning();
    }

    @TransactionalEventListener
    void invoicesQueued(InvoicesQueued queued) {
        workers.ring();
    }

    /** Runs rounds while they come back full; answers how many invoices they claimed. */
    private int drain() {
        int claimed;
        int total = 0;
        do {
            claimed = runRound();
            total += claimed;
        } while (workers.isRunning() && claimed == properties.batchSize());
        return total;
    }

    private int runRound() {
        try (var trace = traces.span("upload round")) {
            try {
                int claimed = round.run();
                lastRoundMillis.set(System.currentTimeMillis());
                return claimed;
            } catch (RuntimeException e) {
                log.error("Upload round failed; claimed invoices return to the queue when their lease ends", e);
                return 0;
            }
        }
    }
}
