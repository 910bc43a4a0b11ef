package com.fapiaorelay.alert.lifecycle;

/** Where an alert stands: a human acknowledges it, a human or the recovering source resolves it. */
enum AlertState {
    FIRING,
    ACKNOWLEDGED,
    RESOLVED;

    boolean canMoveTo(AlertState next) {
        return switch (next) {
            case ACKNOWLEDGED -> this == FIRING;
            case RESOLVED -> this != RESOLVED;
            case FIRING -> this == RESOLVED;
        };
    }
}
