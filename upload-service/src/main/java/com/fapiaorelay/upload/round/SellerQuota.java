package com.fapiaorelay.upload.round;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The interface's quota, for all sellers together and for each seller, so one seller's flood starves no one. */
class SellerQuota {

    private final RateLimiter global;
    private final RateLimiterConfig perSeller;
    private final Map<String, RateLimiter> sellers = new ConcurrentHashMap<>();

    SellerQuota(UploadProperties.Quota quota) {
        this.global = RateLimiter.of("global", config(quota.perSecond()));
        this.perSeller = config(quota.perSellerPerSecond());
    }

    /** Takes one invoice's permit from the seller's quota and the global one; false means wait. */
    boolean take(String sellerTaxId) {
        RateLimiter seller = sellers.computeIfAbsent(sellerTaxId, id -> RateLimiter.of(id, perSeller));
        return seller.acquirePermission() && global.acquirePermission();
    }

    private static RateLimiterConfig config(int perSecond) {
        return RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
