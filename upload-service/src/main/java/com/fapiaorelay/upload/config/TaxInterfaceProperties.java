package com.fapiaorelay.upload.config;

import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.TaxCredentials;
import com.fapiaorelay.common.tax.TaxInterface;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the tax interface is and how long we wait for it, and the app credentials requests are signed with: {@code
 * fapiao.tax.*}. {@code backupUrl}, when set, takes over while the primary's circuit breaker is open.
 */
@Validated
@ConfigurationProperties("fapiao.tax")
record TaxInterfaceProperties(
        URI baseUrl,
        URI backupUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("fapiao-relay-dev") String appId,
        @DefaultValue("fapiao-relay-dev-secret") String appSecret) {

    TaxTimeouts timeouts() {
        return new TaxTimeouts(HttpTaxInterface.longestCall(connectTimeout, requestTimeout));
    }

    TaxInterface client(URI url) {
        return new HttpTaxInterface(url, new TaxCredentials(appId, appSecret), connectTimeout, requestTimeout);
    }
}
