package com.fapiaorelay.standalone.cluster;

import com.fapiaorelay.standalone.cluster.ClusterRole.Part;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * The hard faults of the cluster campaign: {@code kill -9} of a seeded instance of a part, after which the supervisor
 * restarts it, and a broker frozen with SIGSTOP and thawed with SIGCONT. Each returns once the part is up again, so
 * that faults do not pile up beyond what the plan says, and names what it hit.
 */
public final class ClusterFaults {

    /** Longer than a broker's session timeout (9 s): the controller fences it and its partitions elect new leaders. */
    public static final Duration PAUSE = Duration.ofSeconds(20);

    private final ClusterStack cluster;
    private final Random random;

    public ClusterFaults(ClusterStack cluster, long seed) {
        this.cluster = cluster;
        this.random = new Random(seed);
    }

    /** {@code kill -9} of one instance of {@code part}; answers its name and process id. */
    public String kill(Part part) throws InterruptedException {
        ClusterRole role = pick(part);
        SupervisedProcess process = cluster.process(role);
        long pid = process.readyPid().orElseThrow(() -> new IllegalStateException(role.name() + " is not up"));
        process.kill();
        cluster.awaitReady(role, ClusterStack.START_PATIENCE);
        return role.name() + " (pid " + pid + ")";
    }

    /** Freezes one broker for {@link #PAUSE}; answers its name. */
    public String pauseBroker() throws Exception {
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
