package com.fapiaorelay.alert.alert;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.kit.kafka.PoisonRecord;
import tools.jackson.core.JacksonException;

/** Reads an AnomalyRaised from its JSON payload; anything we can never process is a poison record. */
final class AnomalyPayload {

    private AnomalyPayload() {}

    static AnomalyRaised parse(String payload) {
        if (payload == null || payload.isBlank()) {
            throw PoisonRecord.because("Empty AnomalyRaised payload", null);
        }
        AnomalyRaised anomaly;
        try {
            anomaly = FapiaoJson.mapper().readValue(payload, AnomalyRaised.class);
        } catch (JacksonException e) {
            throw PoisonRecord.because("Unparseable AnomalyRaised: " + e.getOriginalMessage(), e);
        }
        return checked(anomaly);
    }

    private static AnomalyRaised checked(AnomalyRaised anomaly) {
        if (anomaly.schemaVersion() != AnomalyRaised.VERSION) {
            throw PoisonRecord.because(
                    "Unsupported AnomalyRaised schemaVersion " + anomaly.schemaVersion() + "; supported: "
                            + AnomalyRaised.VERSION,
                    null);
        }
        if (anomaly.eventId() == null
                || anomaly.fingerprint() == null
                || anomaly.groupKey() == null
                || anomaly.anomalyType() == null
                || anomaly.severity() == null
                || anomaly.occurredAt() == null) {
            throw PoisonRecord.because("AnomalyRaised lacks a required field: " + anomaly, null);
        }
        return anomaly;
    }
}
