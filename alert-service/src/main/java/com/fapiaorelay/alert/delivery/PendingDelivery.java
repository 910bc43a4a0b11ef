package com.fapiaorelay.alert.delivery;

/** A queued message claimed for an attempt; {@code payload} is the {@link AlertMessage} as JSON. */
public record PendingDelivery(long id, long groupId, String channel, String payload, int attempts) {

    public AlertMessage message() {
        return AlertMessage.fromJson(payload);
    }
}
