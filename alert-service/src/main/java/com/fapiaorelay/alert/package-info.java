/** alert-service: anomalies in, grouped alerts with a lifecycle out to on-call channels. */
package com.fapiaorelay.alert;
