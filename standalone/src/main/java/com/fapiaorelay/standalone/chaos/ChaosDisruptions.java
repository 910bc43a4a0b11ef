package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.standalone.chaos.ChaosEvent.Applied;
import com.fapiaorelay.standalone.chaos.ChaosEvent.Disruption;
import com.fapiaorelay.standalone.cluster.ClusterFaults;
import com.fapiaorelay.standalone.cluster.ClusterRole.Part;
import com.fapiaorelay.standalone.cluster.ClusterStack;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.standalone.stack.RunningStack;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/** Applies one disruption to the running stack and says on the terminal what it did and how long it took. */
final class ChaosDisruptions {

    /** Disrupts one part of a stack and names what it hit (an instance, a process id). */
    @FunctionalInterface
    interface Action {
        String run() throws Exception;
    }

    /** A disruption that hits the one part there is. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private final Map<Disruption, Action> actions;
    private final ChaosPlan plan;
    private final PrintStream out;

    private ChaosDisruptions(Map<Disruption, Action> actions, ChaosPlan plan, PrintStream out) {
        this.actions = actions;
        this.plan = plan;
        this.out = out;
    }

    /** Graceful restarts inside one JVM. */
    static ChaosDisruptions of(EmbeddedStack stack, ChaosPlan plan, ChaosHttp http, PrintStream out) {
        Map<Disruption, Action> actions = withMaintenance(stack, plan, http);
        actions.put(Disruption.RESTART_UPLOAD, named("upload-service", stack::restartUpload));
        actions.put(Disruption.RESTART_SYNC, named("sync-service", stack::restartSync));
        actions.put(Disruption.RESTART_KAFKA, named("broker", stack::restartKafka));
        actions.put(Disruption.RESTART_POSTGRES, named("postgres", stack::restartPostgres));
        return new ChaosDisruptions(actions, plan, out);
    }

    /** Hard faults to the processes of the cluster topology. */
    static ChaosDisruptions of(ClusterStack cluster, ChaosPlan plan, ChaosHttp http, PrintStream out) {
        Map<Disruption, Action> actions = withMaintenance(cluster, plan, http);
        var faults = new ClusterFaults(cluster, plan.seed());
        actions.put(Disruption.KILL_UPLOAD, () -> faults.kill(Part.UPLOAD));
        actions.put(Disruption.KILL_SYNC, () -> faults.kill(Part.SYNC));
        actions.put(Disruption.KILL_ALERT, () -> faults.kill(Part.ALERT));
        actions.put(Disruption.KILL_BROKER, () -> faults.kill(Part.KAFKA));
        actions.put(Disruption.KILL_POSTGRES, () -> faults.kill(Part.POSTGRES));
        actions.put(Disruption.KILL_SANDBOX, () -> faults.kill(Part.SANDBOX));
        actions.put(Disruption.PAUSE_BROKER, faults::pauseBroker);
        return new ChaosDisruptions(actions, plan, out);
    }

    Applied apply(Disruption disruption, double atSeconds) {
        out.printf("[%6.1fs] ⚡ %s ...%n", atSeconds, describe(disruption));
        long started = System.nanoTime();
        String target = "";
        String error = null;
        try {
            target = actions.get(disruption).run();
        } catch (Exception e) {
            error = e.toString();
            out.printf("          失败 / failed: %s%n", error);
        }
        double took = (System.nanoTime() - started) / 1e9;
        out.printf("          %s %s in %.1fs%n", error == null ? "done" : "FAILED", target, took);
        return new Applied(disruption, target, atSeconds, took, error);
    }

    private static Map<Disruption, Action> withMaintenance(RunningStack stack, ChaosPlan plan, ChaosHttp http) {
        Map<Disruption, Action> actions = new EnumMap<>(Disruption.class);
        actions.put(
                Disruption.MAINTENANCE_WINDOW,
                named(
                        "sandbox",
                        () -> http.putText(
                                stack.sandboxUrl() + "/sandbox/faults",
                                plan.faults() + ",maintenance-ms="
                                        + plan.maintenance().toMillis())));
        return actions;
    }

    private static Action named(String target, Step step) {
        return () -> {
            step.run();
            return target;
        };
    }

    private String describe(Disruption disruption) {
        return switch (disruption) {
            case RESTART_UPLOAD -> "重启 upload-service / restarting upload-service";
            case RESTART_SYNC -> "重启 sync-service / restarting sync-service";
            case RESTART_KAFKA -> "重启 Kafka / restarting the Kafka broker";
            case RESTART_POSTGRES -> "重启 PostgreSQL / restarting PostgreSQL";
            case MAINTENANCE_WINDOW ->
                "税务接口维护 / sandbox maintenance window for " + plan.maintenance().toSeconds() + "s";
            case KILL_UPLOAD -> "kill -9 upload-service 实例 / an upload-service instance";
            case KILL_SYNC -> "kill -9 sync-service 实例 / a sync-service instance";
            case KILL_ALERT -> "kill -9 alert-service 实例 / an alert-service instance";
            case KILL_BROKER -> "kill -9 Kafka broker / a Kafka broker";
            case KILL_POSTGRES -> "kill -9 PostgreSQL postmaster";
            case KILL_SANDBOX -> "kill -9 税务沙箱 / the tax sandbox";
            case PAUSE_BROKER ->
                "SIGSTOP … SIGCONT 一个 Kafka broker / a broker cut off for " + ClusterFaults.PAUSE.toSeconds() + "s";
        };
    }
}
