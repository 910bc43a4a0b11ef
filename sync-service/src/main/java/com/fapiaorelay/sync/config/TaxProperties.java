package com.fapiaorelay.sync.config;

import com.fapiaorelay.common.tax.TaxChannel;
import com.fapiaorelay.common.tax.TaxCredentials;
import com.fapiaorelay.common.tax.leqi.LeqiConnection;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the tax interface answers and the app credentials requests are signed with: {@code fapiao.tax.*}; {@code
 * channel} and {@code leqi} choose the wire as in upload-service (docs/leqi.md).
 */
@Validated
@ConfigurationProperties("fapiao.tax")
record TaxProperties(
        URI baseUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("fapiao-relay-dev") String appId,
        @DefaultValue("fapiao-relay-dev-secret") String appSecret,
        @DefaultValue("reference") TaxChannel channel,
        LeqiConnection leqi) {

    TaxProperties {
        if (baseUrl == null) {
            throw new IllegalArgumentException("fapiao.tax.base-url is required");
        }
    }

    /** How long one call about {@code invoices} may take at worst with these timeouts. */
    Duration longestCall(int invoices) {
        return channel.longestCall(baseUrl, leqi, connectTimeout, requestTimeout, invoices);
    }

    TaxCredentials credentials() {
        return new TaxCredentials(appId, appSecret);
    }
}
