package com.fapiaorelay.sync.callback;

import com.fapiaorelay.sync.statuschange.StatusChange;

/** A change the receiver never took within the attempts allowed, and the last failure it gave. */
record DeadLetter(long deliveryId, StatusChange change, int attempts, String lastError) {}
