package com.fapiaorelay.alert.delivery.channel.feishu;

import com.fapiaorelay.alert.delivery.Channel;
import com.fapiaorelay.alert.delivery.ChannelResult;
import com.fapiaorelay.alert.delivery.PendingDelivery;
import com.fapiaorelay.alert.delivery.channel.RobotAnswer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Posts text to a Feishu custom bot, signed with the timestamp in seconds; code 19021 means a wrong signature. */
@Component
class FeishuChannel implements Channel {

    private final RestClient http;
    private final FeishuProperties properties;
    private final FeishuSigner signer;

    FeishuChannel(RestClient channelRestClient, FeishuProperties properties) {
        this.http = channelRestClient;
        this.properties = properties;
        this.signer = new FeishuSigner(properties.secret());
    }

    @Override
    public String name() {
        return "feishu";
    }

    @Override
    public boolean enabled() {
        return properties.enabled();
    }

    @Override
    public ChannelResult send(PendingDelivery delivery) {
        byte[] body = FeishuText.body(delivery.message(), signer, System.currentTimeMillis() / 1000);
        try {
            return http.post()
                    .uri(properties.url())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> RobotAnswer.resultOf(
                            response.getStatusCode().value(),
                            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8),
                            "code",
                            "StatusCode"));
        } catch (RestClientException e) {
            return ChannelResult.failed(null, e.getMessage());
        }
    }
}
