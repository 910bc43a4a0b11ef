package com.fapiaorelay.alert.delivery;

/** A queued message claimed for an attempt; {@code payload} is the {@link AlertMessage} as JSON. */
record PendingDelivery(long id, long groupId, String channel, String payload, int attempts) {

    AlertMessage message() {
        return AlertMessage.fromJson(payload);
    }
}
