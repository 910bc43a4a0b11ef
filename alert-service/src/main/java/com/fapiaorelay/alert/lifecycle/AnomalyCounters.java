package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.common.event.AnomalyRaised;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code fapiao_alert_anomalies_total{type,severity}}: anomalies taken in, each event once, recoveries left out. Shows
 * what only reaches alert-service as an anomaly, such as STUCK invoices and DAILY_REPORT messages.
 */
@Component
class AnomalyCounters {

    private final MeterRegistry registry;

    AnomalyCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    void taken(List<AnomalyRaised> anomalies) {
        anomalies.stream()
                .filter(anomaly -> !anomaly.resolved())
                .forEach(anomaly -> registry.counter(
                                "fapiao.alert.anomalies",
                                "type",
                                anomaly.anomalyType(),
                                "severity",
                                anomaly.severity().name())
                        .increment());
    }
}
