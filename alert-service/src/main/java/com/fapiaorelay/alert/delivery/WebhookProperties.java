package com.fapiaorelay.alert.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The generic webhook: {@code fapiao.alert.webhook.*}; disabled while {@code url} is blank. */
@Validated
@ConfigurationProperties("fapiao.alert.webhook")
record WebhookProperties(
        @DefaultValue("") String url, @DefaultValue("") String secret) {

    boolean enabled() {
        return !url.isBlank();
    }
}
