package com.fapiaorelay.alert.delivery.channel.dingtalk;

import com.fapiaorelay.alert.delivery.Channel;
import com.fapiaorelay.alert.delivery.ChannelResult;
import com.fapiaorelay.alert.delivery.PendingDelivery;
import com.fapiaorelay.alert.delivery.channel.RobotAnswer;
import com.fapiaorelay.common.json.FapiaoJson;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts markdown to a DingTalk signed robot. DingTalk answers HTTP 200 even when it refuses a message, so the
 * outcome is its {@code errcode} (130101: over 20 a minute).
 */
@Component
class DingTalkChannel implements Channel {

    private final RestClient http;
    private final DingTalkProperties properties;
    private final DingTalkSigner signer;

    DingTalkChannel(RestClient channelRestClient, DingTalkProperties properties) {
        this.http = channelRestClient;
        this.properties = properties;
        this.signer = new DingTalkSigner(properties.secret());
    }

    @Override
    public String name() {
        return "dingtalk";
    }

    @Override
    public boolean enabled() {
        return properties.enabled();
    }

    @Override
    public ChannelResult send(PendingDelivery delivery) {
        String body =
                FapiaoJson.mapper().writeValueAsString(DingTalkMarkdown.of(delivery.message(), properties.atMobiles()));
        try {
            return http.post()
                    .uri(signedUri(System.currentTimeMillis()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .exchange((request, response) -> RobotAnswer.resultOf(
                            response.getStatusCode().value(),
                            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8),
                            "errcode"));
        } catch (RestClientException e) {
            return ChannelResult.failed(null, e.getMessage());
        }
    }

    private URI signedUri(long timestampMillis) {
        String uri = properties.url() + "?access_token="
                + URLEncoder.encode(properties.accessToken(), StandardCharsets.UTF_8);
        if (!properties.secret().isBlank()) {
            uri += "&timestamp=" + timestampMillis + "&sign=" + signer.sign(timestampMillis);
        }
        return URI.create(uri);
    }
}
