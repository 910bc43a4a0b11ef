package com.fapiaorelay.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.testsupport.ScheduledTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class SchedulesIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void deliveryTakesItsTimingFromTheTypedProperties() {
        assertThat(ScheduledTasks.of(context))
                .containsEntry("com.fapiaorelay.alert.delivery.DeliveryScheduler.run", "PT0.2S");
    }
}
