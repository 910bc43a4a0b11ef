package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.sync.config.SyncProperties;
import com.fapiaorelay.sync.ledger.Ledger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A stopped confirmation job must never be silent: when it has not completed a run within the tolerance, a
 * HEARTBEAT anomaly is raised, and resolved once it runs again. Runs on its own scheduler thread.
 */
@Component
class HeartbeatWatch {

    static final String HEARTBEAT = "HEARTBEAT";

    private final ConfirmationMetrics metrics;
    private final Outbox outbox;
    private final Duration tolerance;
    private final Clock clock;
    private boolean raised;

    HeartbeatWatch(ConfirmationMetrics metrics, Outbox outbox, SyncProperties properties, Clock clock) {
        this.metrics = metrics;
        this.outbox = outbox;
        this.tolerance = properties.confirmation().heartbeatTolerance();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = SyncProperties.HEARTBEAT_TOLERANCE)
    synchronized void check() {
        Duration silence = Duration.ofMillis(clock.millis() - metrics.lastRunMillis());
        boolean late = silence.compareTo(tolerance) > 0;
        if (late != raised) {
            raised = late;
            announce(late, silence);
        }
    }

    private void announce(boolean late, Duration silence) {
        String summary = late
                ? "确认任务未按时运行 / confirmation scheduler has not run for " + silence.toSeconds() + " s"
                : "确认任务已恢复 / confirmation scheduler runs again";
        AnomalyRaised anomaly = AnomalyRaised.forComponent(
                Ledger.OWN_SOURCE,
                HEARTBEAT,
                Severity.CRITICAL,
                summary,
                "last run " + Instant.ofEpochMilli(metrics.lastRunMillis()),
                !late);
        outbox.append(Topics.ANOMALIES, anomaly.fingerprint(), anomaly);
    }
}
