package com.fapiaorelay.alert.alertmanager;

import com.fapiaorelay.alert.lifecycle.AnomalyIngest;
import com.fapiaorelay.common.event.AnomalyRaised;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Alertmanager's webhook receiver: firing alerts fire, resolved alerts resolve, in the same alert store. */
@RestController
class AlertmanagerController {

    private final AnomalyIngest ingest;

    AlertmanagerController(AnomalyIngest ingest) {
        this.ingest = ingest;
    }

    @PostMapping("/api/v1/alertmanager")
    Map<String, Integer> receive(@RequestBody AlertmanagerWebhook webhook) {
        List<AnomalyRaised> anomalies = AlertmanagerAnomalies.of(webhook);
        ingest.ingest(anomalies);
        return Map.of("received", anomalies.size());
    }
}
