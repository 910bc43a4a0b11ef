package com.fapiaorelay.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.testsupport.GuardedEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class GuardedEndpointsIT extends SyncIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointRefusesAnonymousCallersAndThoseWithoutTheRole() {
        assertThat(GuardedEndpoints.check(context, port, SERVICE)).isGreaterThanOrEqualTo(10);
    }
}
