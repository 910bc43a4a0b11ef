/** Alerts: ingest of anomalies, dedupe by fingerprint, grouping windows, lifecycle and the REST API. */
package com.fapiaorelay.alert.alert;
