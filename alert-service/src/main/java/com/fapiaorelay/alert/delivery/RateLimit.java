package com.fapiaorelay.alert.delivery;

/** How many messages a channel takes a minute and a second; null is no limit. */
record RateLimit(Integer perMinute, Integer perSecond) {

    static final RateLimit NONE = new RateLimit(null, null);

    RateLimit {
        if ((perMinute != null && perMinute < 1) || (perSecond != null && perSecond < 1)) {
            throw new IllegalArgumentException("A channel rate limit must be at least 1");
        }
    }

    /** The vendors' documented limits: DingTalk and WeCom robots 20 a minute, Feishu bots 100 a minute, 5 a second. */
    static RateLimit defaultFor(String channel) {
        return switch (channel) {
            case "dingtalk", "wecom" -> new RateLimit(20, null);
            case "feishu" -> new RateLimit(100, 5);
            default -> NONE;
        };
    }
}
