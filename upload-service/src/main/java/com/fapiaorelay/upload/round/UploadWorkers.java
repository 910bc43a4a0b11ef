package com.fapiaorelay.upload.round;

import com.fapiaorelay.kit.pacing.IdleBackoff;
import com.fapiaorelay.kit.trace.Traces;
import com.fapiaorelay.upload.submission.InvoicesQueued;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A fixed number of workers, each draining due invoices round after round and resting a poll interval when none
 * are due. While none are due, they look ever less often ({@link IdleBackoff}, up to {@code maxIdlePause}); invoices
 * queued in this process wake them at the next poll. The number of workers bounds the concurrent calls to the tax interface. A round cut short by a stop
 * leaves its invoices claimed; they return to the queue when their lease ends. Each round is a trace of its own, and
 * its end is the heartbeat {@code fapiao_scheduler_last_run{scheduler="upload"}}: a round ends even while the gate
 * is closed, so only hung or failing workers let it go stale.
 */
@Component
class UploadWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UploadWorkers.class);

    private final UploadRound round;
    private final UploadProperties properties;
    private final Traces traces;
    private final IdleBackoff pacing;
    private final AtomicLong lastRoundMillis = new AtomicLong(System.currentTimeMillis());
    private ScheduledExecutorService executor;

    UploadWorkers(UploadRound round, UploadProperties properties, Traces traces, MeterRegistry meters) {
        this.round = round;
        this.properties = properties;
        this.traces = traces;
        this.pacing = new IdleBackoff(properties.pollInterval(), properties.maxIdlePause());
        Gauge.builder("fapiao.scheduler.last.run", lastRoundMillis, millis -> millis.get() / 1000.0)
                .tag("scheduler", "upload")
                .description("Unix time in seconds at which the scheduler last completed a run")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        AtomicInteger threads = new AtomicInteger();
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(
                properties.concurrency(), task -> new Thread(task, "upload-worker-" + threads.incrementAndGet()));
        for (int i = 0; i < properties.concurrency(); i++) {
            workers.scheduleWithFixedDelay(
                    () -> drain(workers), 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
        executor = workers;
    }

    @Override
    public synchronized void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @TransactionalEventListener
    void invoicesQueued(InvoicesQueued queued) {
        pacing.ring();
    }

    private void drain(ScheduledExecutorService workers) {
        if (!pacing.shouldLook()) {
            return;
        }
        int claimed;
        int total = 0;
        do {
            claimed = runRound();
            total += claimed;
        } while (!workers.isShutdown() && claimed == properties.batchSize());
        pacing.found(total);
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
