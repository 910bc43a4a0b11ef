package com.fapiaorelay.alert.delivery.channel.feishu;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A Feishu/Lark custom bot: {@code fapiao.alert.feishu.*}; disabled while {@code url} (the hook address with its
 * token) is blank. With a {@code secret} ("签名校验") every message is signed.
 */
@ConfigurationProperties("fapiao.alert.feishu")
record FeishuProperties(
        @DefaultValue("") String url, @DefaultValue("") String secret) {

    boolean enabled() {
        return !url.isBlank();
    }
}
