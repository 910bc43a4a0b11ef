package com.fapiaorelay.common.event;

/** Reads {@link AnomalyRaised}: envelope, version, and what alerting needs to deduplicate and group it. */
public final class AnomalyEventReader {

    private AnomalyEventReader() {}

    public static AnomalyRaised read(String json) {
        AnomalyRaised anomaly = Envelopes.read(json, AnomalyRaised.class, AnomalyRaised.TYPE, AnomalyRaised.VERSION);
        Envelopes.require(anomaly.eventId(), "eventId");
        Envelopes.require(anomaly.occurredAt(), "occurredAt");
        Envelopes.require(anomaly.fingerprint(), "fingerprint");
        Envelopes.require(anomaly.groupKey(), "groupKey");
        Envelopes.require(anomaly.anomalyType(), "anomalyType");
        Envelopes.require(anomaly.severity(), "severity");
        return anomaly;
    }
}
