package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.standalone.chaos.ChaosEvent.Disruption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** The seeded moments of a campaign's disruptions, spread over the middle of the feed so invoices flow around each. */
final class ChaosSchedule {

    private ChaosSchedule() {}

    static List<ChaosEvent> of(ChaosPlan plan) {
        Random random = new Random(plan.seed());
        List<Disruption> disruptions = new ArrayList<>(plan.cluster() ? hardFaults(plan) : restarts(plan));
        disruptions.add(Disruption.MAINTENANCE_WINDOW);
        long feedMillis = plan.feedTime().toMillis();
        return disruptions.stream()
                .map(d -> new ChaosEvent(Duration.ofMillis((long) (feedMillis * (0.1 + 0.8 * random.nextDouble()))), d))
                .sorted(Comparator.comparing(ChaosEvent::at))
                .toList();
    }

    private static List<Disruption> restarts(ChaosPlan plan) {
        List<Disruption> disruptions = new ArrayList<>();
        for (int i = 0; i < plan.serviceRestarts(); i++) {
            disruptions.add(Disruption.RESTART_UPLOAD);
            disruptions.add(Disruption.RESTART_SYNC);
        }
        disruptions.add(Disruption.RESTART_KAFKA);
        disruptions.add(Disruption.RESTART_POSTGRES);
        return disruptions;
    }

    private static List<Disruption> hardFaults(ChaosPlan plan) {
        List<Disruption> disruptions = new ArrayList<>();
        for (int i = 0; i < plan.serviceRestarts(); i++) {
            disruptions.addAll(List.of(
                    Disruption.KILL_UPLOAD,
                    Disruption.KILL_SYNC,
                    Disruption.KILL_ALERT,
                    Disruption.KILL_BROKER,
                    Disruption.KILL_POSTGRES,
                    Disruption.KILL_SANDBOX,
                    Disruption.PAUSE_BROKER));
        }
        return disruptions;
    }
}
