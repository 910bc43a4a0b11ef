package com.fapiaorelay.upload.apikey;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A new key as its creator sees it, the only time the raw {@code key} is ever shown. */
record CreatedApiKey(UUID id, String name, List<String> sellerTaxIds, String key, OffsetDateTime createdAt) {}
