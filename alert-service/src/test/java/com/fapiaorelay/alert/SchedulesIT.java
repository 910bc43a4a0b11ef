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
    void onlyThePurgeOfProcessedEventsIsScheduled() {
        assertThat(ScheduledTasks.of(context))
                .containsOnlyKeys("com.fapiaorelay.alert.lifecycle.ProcessedEventRows.purgeOlderThanTwoWeeks");
    }

    @Test
    void deliveryLooksOnALoopOfItsOwn() {
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .contains("alert-delivery-1");
    }
}
