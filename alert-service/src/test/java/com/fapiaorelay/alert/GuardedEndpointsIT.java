package com.fapiaorelay.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.testsupport.GuardedEndpoints;
import com.fapiaorelay.testsupport.TestCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

class GuardedEndpointsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointRefusesAnonymousCallersAndThoseWithoutTheRole() {
        assertThat(GuardedEndpoints.check(context, port, Api.SERVICE)).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aPersonsTokenIsGoodOnlyForTheServiceItNames() {
        String forUploadService = TestCredentials.person("upload-service", "li.na", "ADMIN");

        assertThat(Api.as(port, forUploadService).get("/api/v1/alerts").status())
                .isEqualTo(401);
        assertThat(Api.at(port).get("/api/v1/alerts").status()).isEqualTo(200);
    }

    @Test
    void healthIsOpenAndMetricsNeedTheScrapeToken() {
        Api anonymous = new Api(RestClient.create("http://localhost:" + port));

        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Api.at(port).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(Api.as(port, TestCredentials.SCRAPE_TOKEN)
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(200);
    }
}
