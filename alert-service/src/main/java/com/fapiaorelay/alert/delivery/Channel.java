package com.fapiaorelay.alert.delivery;

/** An on-call destination. Implementations never throw: every failure comes back as a result. */
public interface Channel {

    String name();

    /** Only enabled channels get messages queued; a channel is enabled by configuring its address. */
    boolean enabled();

    ChannelResult send(PendingDelivery delivery);
}
