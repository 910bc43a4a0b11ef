/**
 * The alert lifecycle: anomalies in (dedupe by event id and fingerprint), grouping windows, FIRING, ACKNOWLEDGED and
 * RESOLVED by a human or the recovering source, and the REST API.
 */
package com.fapiaorelay.alert.lifecycle;
