package com.fapiaorelay.common.tax;

import java.util.Objects;

/** The app id and secret the tax interface issued us; requests are signed with them. */
public record TaxCredentials(String appId, String appSecret) {

    /** What the sandbox accepts out of the box; never valid against a real authority. */
    public static final TaxCredentials DEVELOPMENT = new TaxCredentials("fapiao-relay-dev", "fapiao-relay-dev-secret");

    public TaxCredentials {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(appSecret, "appSecret");
    }

    @Override
    public String toString() {
        return "TaxCredentials[appId=" + appId + ", appSecret=***]";
    }
}
