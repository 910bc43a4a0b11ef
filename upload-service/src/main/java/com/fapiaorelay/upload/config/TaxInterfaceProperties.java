package com.fapiaorelay.upload.config;

import com.fapiaorelay.common.tax.TaxChannel;
import com.fapiaorelay.common.tax.TaxCredentials;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.tax.leqi.LeqiConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the tax interface is and how long we wait for it, and the app credentials requests are signed with: {@code
 * fapiao.tax.*}. {@code backupUrl}, when set, takes over while the primary's circuit breaker is open. {@code channel}
 * chooses the wire: the reference protocol, or 乐企 with its unit numbers and SM4 key under {@code leqi}
 * (docs/leqi.md).
 */
@Validated
@ConfigurationProperties("fapiao.tax")
record TaxInterfaceProperties(
        URI baseUrl,
        URI backupUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("fapiao-relay-dev") String appId,
        @DefaultValue("fapiao-relay-dev-secret") String appSecret,
        @DefaultValue("reference") TaxChannel channel,
        LeqiConnection leqi) {

    TaxTimeouts timeouts() {
        return new TaxTimeouts(
                invoices -> channel.longestCall(baseUrl, leqi, connectTimeout, requestTimeout, invoices));
    }

    TaxInterface client(URI url) {
        return channel.client(url, new TaxCredentials(appId, appSecret), leqi, connectTimeout, requestTimeout);
    }

    /** 乐企 on its sandbox path, whatever path the uploads take. */
    TaxInterface simulatedUploadClient() {
        LeqiConnection sandbox =
                Objects.requireNonNullElse(leqi, LeqiConnection.DEFAULTS).onSandboxPath();
        return channel.client(baseUrl, new TaxCredentials(appId, appSecret), sandbox, connectTimeout, requestTimeout);
    }
}
