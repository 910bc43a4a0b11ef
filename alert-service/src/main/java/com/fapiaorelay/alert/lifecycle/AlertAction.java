package com.fapiaorelay.alert.lifecycle;

import java.time.OffsetDateTime;

/** A recorded step in an alert's lifecycle: who did what, when. */
record AlertAction(long id, AlertState action, String actor, OffsetDateTime actedAt) {}
