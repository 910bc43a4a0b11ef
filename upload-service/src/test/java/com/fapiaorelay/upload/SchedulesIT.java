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
                .containsOnlyKeys("com.fapiaorelay.upload.round.TaxCanary.probe")
                .containsEntry("com.fapiaorelay.upload.round.TaxCanary.probe", "PT30S");
    }

    @Test
    void theWatchesLookOnLoopsOfTheirOwnNotOnTheScheduler() {
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .contains("backlog-watch-1", "endpoint-watch-1");
    }
}
