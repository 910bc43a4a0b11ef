package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Raises an anomaly about a component once when a condition starts, and resolves it once when it ends. */
@Component
class ComponentNotices {

    private static final String SOURCE = "upload-service";

    private final Outbox outbox;
    private final Set<String> raised = ConcurrentHashMap.newKeySet();

    ComponentNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    void update(String type, boolean condition, Severity severity, String summary) {
        if (condition && raised.add(type)) {
            publish(AnomalyRaised.forComponent(SOURCE, type, severity, summary, summary, false));
        } else if (!condition && raised.remove(type)) {
            publish(AnomalyRaised.forComponent(SOURCE, type, severity, "已恢复 / recovered: " + summary, "", true));
        }
    }

    private void publish(AnomalyRaised anomaly) {
        outbox.append(Topics.ANOMALIES, anomaly.fingerprint(), anomaly);
    }
}
