package com.fapiaorelay.alert.delivery.channel.webhook;

import com.fapiaorelay.alert.delivery.Channel;
import com.fapiaorelay.alert.delivery.ChannelResult;
import com.fapiaorelay.alert.delivery.PendingDelivery;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** POSTs the message JSON to the configured URL, signed so the receiver can tell it came from us. */
@Component
class WebhookChannel implements Channel {

    static final String DELIVERY_HEADER = "X-Fapiao-Delivery";

    private final RestClient http;
    private final WebhookProperties properties;
    private final WebhookSigner signer;

    WebhookChannel(RestClient channelRestClient, WebhookProperties properties) {
        this.http = channelRestClient;
        this.properties = properties;
        this.signer = new WebhookSigner(properties.secret());
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean enabled() {
        return properties.enabled();
    }

    @Override
    public ChannelResult send(PendingDelivery delivery) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        try {
            return http.post()
                    .uri(properties.url())
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(WebhookSigner.HEADER, signer.sign(body))
                    .header(DELIVERY_HEADER, String.valueOf(delivery.id()))
                    .body(body)
                    .exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
                            ? ChannelResult.delivered(response.getStatusCode().value())
                            : ChannelResult.failed(response.getStatusCode().value(), "HTTP status not 2xx"));
        } catch (RestClientException e) {
            return ChannelResult.failed(null, e.getMessage());
        }
    }
}
