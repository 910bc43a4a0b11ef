package com.fapiaorelay.alert.delivery.channel.dingtalk;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A DingTalk signed robot: {@code fapiao.alert.dingtalk.*}; disabled while {@code accessToken} is blank. The
 * robot's security setting "加签" gives the {@code secret}; {@code atMobiles} are paged by name in every message.
 */
@Validated
@ConfigurationProperties("fapiao.alert.dingtalk")
record DingTalkProperties(
        @DefaultValue("https://oapi.dingtalk.com/robot/send")
        String url,

        @DefaultValue("") String accessToken,
        @DefaultValue("") String secret,
        @DefaultValue List<String> atMobiles) {

    boolean enabled() {
        return !accessToken.isBlank();
    }
}
