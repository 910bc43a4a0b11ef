package com.fapiaorelay.alert.delivery.channel.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The generic webhook: {@code fapiao.alert.webhook.*}; disabled while {@code url} is blank. A webhook needs a secret:
 * receivers must be able to tell our messages from anyone else's.
 */
@Validated
@ConfigurationProperties("fapiao.alert.webhook")
record WebhookProperties(
        @DefaultValue("") String url, @DefaultValue("") String secret) {

    WebhookProperties {
        if (!url.isBlank() && secret.isBlank()) {
            throw new IllegalArgumentException(
                    "fapiao.alert.webhook.secret is required when fapiao.alert.webhook.url is set");
        }
    }

    boolean enabled() {
        return !url.isBlank();
    }
}
