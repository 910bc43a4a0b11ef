package com.fapiaorelay.standalone;

import com.fapiaorelay.standalone.ChaosDisruptions.Action;
import com.fapiaorelay.standalone.ChaosEvent.Disruption;
import com.fapiaorelay.standalone.ClusterRole.Part;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The hard faults of the cluster campaign: {@code kill -9} of a seeded instance of a part, after which the supervisor
 * restarts it, and a broker frozen with SIGSTOP and thawed with SIGCONT. Each returns once the part is up again, so
 * that faults do not pile up beyond what the plan says.
 */
final class ClusterFaults {

    /** Longer than a broker's session timeout (9 s): the controller fences it and its partitions elect new leaders. */
    static final Duration PAUSE = Duration.ofSeconds(20);

    private final ClusterStack cluster;
    private final Random random;

    ClusterFaults(ClusterStack cluster, long seed) {
        this.cluster = cluster;
        this.random = new Random(seed);
    }

    Map<Disruption, Action> actions() {
        Map<Disruption, Action> actions = new EnumMap<>(Disruption.class);
        actions.put(Disruption.KILL_UPLOAD, () -> kill(Part.UPLOAD));
        actions.put(Disruption.KILL_SYNC, () -> kill(Part.SYNC));
        actions.put(Disruption.KILL_ALERT, () -> kill(Part.ALERT));
        actions.put(Disruption.KILL_BROKER, () -> kill(Part.KAFKA));
        actions.put(Disruption.KILL_POSTGRES, () -> kill(Part.POSTGRES));
        actions.put(Disruption.KILL_SANDBOX, () -> kill(Part.SANDBOX));
        actions.put(Disruption.PAUSE_BROKER, this::pauseBroker);
        return actions;
    }

    private String kill(Part part) throws InterruptedException {
        ClusterRole role = pick(part);
        SupervisedProcess process = cluster.process(role);
        long pid = process.readyPid().orElseThrow(() -> new IllegalStateException(role.name() + " is not up"));
        process.kill();
        cluster.awaitReady(role, ClusterStack.START_PATIENCE);
        return role.name() + " (pid " + pid + ")";
    }

    private String pauseBroker() throws Exception {
        ClusterRole role = pick(Part.KAFKA);
        SupervisedProcess broker = cluster.process(role);
        broker.signal("STOP");
        try {
            Thread.sleep(PAUSE.toMillis());
        } finally {
            broker.signal("CONT");
        }
        return role.name();
    }

    private ClusterRole pick(Part part) {
        List<ClusterRole> instances = ClusterRole.of(part);
        return instances.get(random.nextInt(instances.size()));
    }
}
