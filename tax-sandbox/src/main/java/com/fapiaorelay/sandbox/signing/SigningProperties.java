package com.fapiaorelay.sandbox.signing;

import com.fapiaorelay.common.tax.TaxCredentials;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call: {@code fapiao.sandbox.apps.<app-id>=<secret>} (the client's development credentials when none
 * are configured), and how far a request's timestamp may be from our clock: {@code fapiao.sandbox.max-skew}.
 */
@ConfigurationProperties("fapiao.sandbox")
record SigningProperties(
        Map<String, String> apps, @DefaultValue("5m") Duration maxSkew) {

    SigningProperties {
        apps = apps == null || apps.isEmpty()
                ? Map.of(TaxCredentials.DEVELOPMENT.appId(), TaxCredentials.DEVELOPMENT.appSecret())
                : Map.copyOf(apps);
        if (maxSkew.isNegative() || maxSkew.isZero()) {
            throw new IllegalArgumentException("fapiao.sandbox.max-skew must be positive");
        }
    }
}
