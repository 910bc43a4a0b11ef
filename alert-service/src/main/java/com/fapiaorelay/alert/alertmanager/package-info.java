/** The Alertmanager webhook receiver: Prometheus alerts become anomalies of the same alert pipeline. */
package com.fapiaorelay.alert.alertmanager;
