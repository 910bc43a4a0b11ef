package com.fapiaorelay.alert.delivery.channel.wecom;

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

/** Posts markdown to a WeCom group robot; its key in the URL is the only credential WeCom robots have. */
@Component
class WeComChannel implements Channel {

    private final RestClient http;
    private final WeComProperties properties;

    WeComChannel(RestClient channelRestClient, WeComProperties properties) {
        this.http = channelRestClient;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "wecom";
    }

    @Override
    public boolean enabled() {
        return properties.enabled();
    }

    @Override
    public ChannelResult send(PendingDelivery delivery) {
        byte[] body = FapiaoJson.mapper().writeValueAsBytes(WeComMarkdown.of(delivery.message()));
        try {
            return http.post()
                    .uri(URI.create(
                            properties.url() + "?key=" + URLEncoder.encode(properties.key(), StandardCharsets.UTF_8)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> RobotAnswer.resultOf(
                            response.getStatusCode().value(),
                            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8),
                            "errcode"));
        } catch (RestClientException e) {
            return ChannelResult.failed(null, e.getMessage());
        }
    }
}
