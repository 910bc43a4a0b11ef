package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.standalone.stack.Timings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What a fault campaign does: how many invoices it feeds and how fast, how often upload-service and sync-service
 * restart (in one JVM) or how many rounds of hard faults hit the processes (on the cluster), how long the sandbox's
 * maintenance window lasts and how long the stack may take to settle afterwards. The seed decides the invoices, the
 * sandbox's draws, the moments of every disruption and which instance each kill hits. {@code hangRate} is the share of
 * calls the sandbox holds past the client's timeout.
 */
public record ChaosPlan(
        int invoices,
        long seed,
        int perSecond,
        int serviceRestarts,
        Duration maintenance,
        Duration settleLimit,
        boolean cluster,
        double hangRate) {

    /** 2% of calls hang: rarer than errors, as a real interface's are. */
    public static final double HANG_RATE = 0.02;

    public ChaosPlan {
        if (invoices < 1 || perSecond < 1 || serviceRestarts < 0 || hangRate < 0 || hangRate > 1) {
            throw new IllegalArgumentException(
                    "a campaign needs invoices, a pace, no negative restart count and a hang rate in [0, 1]");
        }
    }

    /** {@code ./fapiao chaos}: 500 invoices a second, three restarts of each service, an 8-second maintenance. */
    public static ChaosPlan standard(int invoices, long seed) {
        return new ChaosPlan(invoices, seed, 500, 3, Duration.ofSeconds(8), Duration.ofMinutes(10), false, HANG_RATE);
    }

    /**
     * {@code ./fapiao chaos --cluster}: four rounds of six kills (an instance of each service, a broker, the
     * postmaster, the sandbox) and a frozen broker, 24 hard kills in all, fed at a pace that keeps invoices flowing
     * through every fault, since each waits for the killed process to be back.
     */
    public static ChaosPlan cluster(int invoices, long seed) {
        return new ChaosPlan(invoices, seed, 100, 4, Duration.ofSeconds(8), Duration.ofMinutes(20), true, HANG_RATE);
    }

    /** The same plan with another pace and number of rounds. */
    public ChaosPlan with(int perSecond, int rounds) {
        return new ChaosPlan(invoices, seed, perSecond, rounds, maintenance, settleLimit, cluster, hangRate);
    }

    /** How long feeding the invoices takes; every disruption happens while they flow. */
    Duration feedTime() {
        return Duration.ofMillis(1000L * invoices / perSecond);
    }

    /**
     * 5% 5xx, {@code hangRate} of hangs past the client's timeout, 1% silent loss, 1% delayed visibility (shorter than the
     * confirmation deadline, as the real system's is), a quota of calls per second and of invoices per seller; and
     * 1% of uploads stored but their answer cut, so that some UNKNOWN outcomes meet an invoice not visible yet and a
     * duplicate upload follows, which the check must then find explained.
     */
    String faults() {
        return "error-rate=0.05,hang-rate=" + hangRate
                + ",hang-ms=5000,silent-loss-rate=0.01,delay-rate=0.01,delay-ms=3000,"
                + "reset-rate=0.01,quota-per-second=20,seller-quota-per-second=300,seed=" + seed;
    }

    /**
     * The demo's timings, with timeouts below the hang (and so a lease, derived from them, shorter than production's),
     * a budget that outlasts the disruptions.
     */
    Map<String, String> overrides() {
        Map<String, String> overrides = new HashMap<>(Timings.DEMO);
        overrides.put("fapiao.upload.retry.budget", "10m");
        overrides.put("fapiao.upload.breaker.open-for", "5s");
        overrides.put("fapiao.tax.request-timeout", "3s");
        overrides.put("fapiao.sync.stuck.sla", "10m");
        // a broker restart makes every Kafka client warn for each partition; the progress lines must stay readable
        overrides.put("logging.level.org.apache.kafka", "ERROR");
        for (String setting : faults().split(",")) {
            String[] nameAndValue = setting.split("=");
            overrides.put("fapiao.sandbox.faults." + nameAndValue[0], nameAndValue[1]);
        }
        return overrides;
    }
}
