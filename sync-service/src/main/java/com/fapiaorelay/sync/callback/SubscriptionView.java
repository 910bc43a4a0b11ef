package com.fapiaorelay.sync.callback;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A registered webhook as its owner sees it (never its secret), with how many deliveries wait and how many died. */
record SubscriptionView(
        UUID id,
        String url,
        List<String> sellerTaxIds,
        List<String> states,
        String createdBy,
        OffsetDateTime createdAt,
        long pending,
        long dead) {}
