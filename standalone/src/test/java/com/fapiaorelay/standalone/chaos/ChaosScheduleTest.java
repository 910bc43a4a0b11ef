package com.fapiaorelay.standalone.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChaosScheduleTest {

    @Test
    void clusterCampaignKillsEachKindOncePerRound() {
        ChaosPlan plan = ChaosPlan.cluster(100_000, 7);

        assertThat(ChaosSchedule.of(plan).stream()
                        .map(event -> event.disruption().name()))
                .filteredOn(name -> name.startsWith("KILL_"))
                .hasSize(24);
        assertThat(ChaosSchedule.of(plan.with(15, 1)))
                .extracting(ChaosEvent::disruption)
                .containsExactlyInAnyOrder(
                        ChaosEvent.Disruption.KILL_UPLOAD,
                        ChaosEvent.Disruption.KILL_SYNC,
                        ChaosEvent.Disruption.KILL_ALERT,
                        ChaosEvent.Disruption.KILL_BROKER,
                        ChaosEvent.Disruption.KILL_POSTGRES,
                        ChaosEvent.Disruption.KILL_SANDBOX,
                        ChaosEvent.Disruption.PAUSE_BROKER,
                        ChaosEvent.Disruption.MAINTENANCE_WINDOW);
    }
}
