package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.testsupport.ScheduledTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class SchedulesIT extends UploadServiceTestBase {

    @Autowired
    ApplicationContext context;

    @Test
    void everyScheduleTakesItsTimingFromTheTypedProperties() {
        assertThat(ScheduledTasks.of(context))
                .containsEntry("com.fapiaorelay.upload.intake.BacklogWatch.check", "PT1S")
                .containsEntry("com.fapiaorelay.upload.round.EndpointWatch.check", "PT1S")
                .containsEntry("com.fapiaorelay.upload.round.TaxCanary.probe", "PT30S");
    }
}
