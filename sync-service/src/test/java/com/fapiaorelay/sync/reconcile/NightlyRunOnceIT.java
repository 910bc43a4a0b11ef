package com.fapiaorelay.sync.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.sync.SyncIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

class NightlyRunOnceIT extends SyncIntegrationTest {

    @Autowired
    ReconciliationScheduler scheduler;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Clock clock;

    @Test
    void twoInstancesTriggeredAtTheSameMomentReconcileOnce() {
        try (ConfigurableApplicationContext second = startSecondInstance()) {
            ReconciliationScheduler secondScheduler = second.getBean(ReconciliationScheduler.class);
            MeterRegistry secondMeters = second.getBean(MeterRegistry.class);
            long before = clock.millis();

            CompletableFuture.allOf(
                            CompletableFuture.runAsync(scheduler::reconcileYesterday),
                            CompletableFuture.runAsync(secondScheduler::reconcileYesterday))
                    .join();
            secondScheduler.reconcileYesterday();

            assertThat(List.of(meters, secondMeters))
                    .filteredOn(registry -> lastScheduledRunMillis(registry) >= before)
                    .hasSize(1);
        }
    }

    private static double lastScheduledRunMillis(MeterRegistry registry) {
        return registry.get("fapiao.scheduler.last.run")
                        .tag("scheduler", "reconciliation")
                        .gauge()
                        .value()
                * 1000;
    }
}
