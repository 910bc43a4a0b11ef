package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code fapiao_alerts_firing{severity}}: alerts nobody has acknowledged or resolved yet. */
@Component
class AlertMetrics {

    AlertMetrics(AlertRows alerts, MeterRegistry registry) {
        for (Severity severity : Severity.values()) {
            Gauge.builder("fapiao.alerts.firing", alerts, rows -> rows.countFiring(severity))
                    .tag("severity", severity.name())
                    .description("Alerts in state FIRING")
                    .register(registry);
        }
    }
}
