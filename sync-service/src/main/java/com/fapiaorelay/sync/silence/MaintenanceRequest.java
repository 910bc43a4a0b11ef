package com.fapiaorelay.sync.silence;

import java.time.OffsetDateTime;

/** A maintenance of an ERP source to declare: from when, until when, and why (for the people who read alerts). */
record MaintenanceRequest(OffsetDateTime from, OffsetDateTime until, String reason) {}
