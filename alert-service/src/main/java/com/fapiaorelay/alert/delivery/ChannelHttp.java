package com.fapiaorelay.alert.delivery;

import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The HTTP client channels share, bounded by the delivery timeout so a hanging receiver cannot stall delivery. */
@Configuration(proxyBeanMethods = false)
class ChannelHttp {

    @Bean
    RestClient channelRestClient(DeliveryProperties properties) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        var requestFactory = new JdkClientHttpRequestFactory(client);
        requestFactory.setReadTimeout(properties.timeout());
        return RestClient.builder().requestFactory(requestFactory).build();
    }
}
