package com.fapiaorelay.alert.delivery;

/** Why a group is told to a channel: it fired, nobody acknowledged it in time, or it recovered. */
public enum MessageKind {
    FIRING,
    ESCALATED,
    RESOLVED
}
