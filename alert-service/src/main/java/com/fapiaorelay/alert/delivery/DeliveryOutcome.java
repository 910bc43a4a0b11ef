package com.fapiaorelay.alert.delivery;

/** How one attempt ended for the message; also the {@code outcome} tag of {@code fapiao_alert_deliveries}. */
enum DeliveryOutcome {
    DELIVERED,
    RETRYING,
    GAVE_UP
}
