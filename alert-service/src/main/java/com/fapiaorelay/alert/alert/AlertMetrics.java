package com.fapiaorelay.alert.alert;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code fapiao_alerts_firing{severity}}: alerts nobody has acknowledged or resolved yet. */
@Component
class AlertMetrics {

    AlertMetrics(AlertQueries queries, MeterRegistry registry) {
        for (Severity severity : Severity.values()) {
            Gauge.builder("fapiao.alerts.firing", queries, q -> q.countFiring(severity))
                    .tag("severity", severity.name())
                    .description("Alerts in state FIRING")
                    .register(registry);
        }
    }
}
