package com.fapiaorelay.alert.delivery.channel.wecom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** A WeCom (企业微信) group robot: {@code fapiao.alert.wecom.*}; disabled while {@code key} is blank. */
@ConfigurationProperties("fapiao.alert.wecom")
record WeComProperties(
        @DefaultValue("https://qyapi.weixin.qq.com/cgi-bin/webhook/send")
        String url,

        @DefaultValue("") String key) {

    boolean enabled() {
        return !key.isBlank();
    }
}
