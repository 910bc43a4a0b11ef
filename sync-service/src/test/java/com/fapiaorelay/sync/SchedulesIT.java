package com.fapiaorelay.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.testsupport.ScheduledTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class SchedulesIT extends SyncIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyScheduleTakesItsTimingFromTheTypedProperties() {
        assertThat(ScheduledTasks.of(context))
                .containsEntry("com.fapiaorelay.sync.confirm.ConfirmationScheduler.confirmDueInvoices", "PT0.1S")
                .containsEntry("com.fapiaorelay.sync.confirm.HeartbeatWatch.check", "PT5S")
                .containsEntry("com.fapiaorelay.sync.stuck.StuckInvoiceScan.raiseStuckInvoices", "PT0.5S")
                .containsEntry(
                        "com.fapiaorelay.sync.reconcile.ReconciliationScheduler.reconcileYesterday", "0 30 1 * * *")
                .containsEntry("com.fapiaorelay.sync.report.DailyReportScheduler.reportYesterday", "0 30 3 * * *")
                .containsEntry("com.fapiaorelay.sync.declaration.DeclarationScheduler.compareDue", "PT0.2S")
                .containsEntry("com.fapiaorelay.sync.silence.SilenceWatch.check", "PT0.2S")
                .containsEntry("com.fapiaorelay.sync.callback.CallbackScheduler.forget", "PT1H");
    }

    @Test
    void callbacksAreSentFromALoopOfTheirOwn() {
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .contains("status-callbacks-1");
    }
}
