package com.fapiaorelay.upload.upload;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A fixed number of workers, each draining due invoices round after round and resting a poll interval when none
 * are due. The number of workers bounds the concurrent calls to the tax interface. A round cut short by a stop
 * leaves its invoices claimed; they return to the queue when their lease ends.
 */
@Component
class UploadWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UploadWorkers.class);

    private final UploadRound round;
    private final UploadProperties properties;
    private ScheduledExecutorService executor;

    UploadWorkers(UploadRound round, UploadProperties properties) {
        this.round = round;
        this.properties = properties;
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

    private void drain(ScheduledExecutorService workers) {
        try {
            while (!workers.isShutdown() && round.run() == properties.batchSize()) {
                // a full batch means more invoices may be due right now
            }
        } catch (RuntimeException e) {
            log.error("Upload round failed; claimed invoices return to the queue when their lease ends", e);
        }
    }
}
