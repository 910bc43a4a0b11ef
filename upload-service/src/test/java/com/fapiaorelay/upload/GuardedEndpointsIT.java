package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.testsupport.GuardedEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

class GuardedEndpointsIT extends UploadServiceTestBase {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointRefusesAnonymousCallersAndThoseWithoutTheRole() {
        assertThat(GuardedEndpoints.check(context, port, UploadApi.SERVICE)).isGreaterThanOrEqualTo(8);
    }
}
