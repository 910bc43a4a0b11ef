package com.fapiaorelay.sync.callback;

import com.fapiaorelay.sync.statuschange.StatusChange;
import java.util.UUID;

/** One queued change for one subscription, claimed for sending: where to, the secret to sign with, what. */
record Delivery(long id, UUID subscriptionId, String url, String secret, int attempts, StatusChange change) {}
