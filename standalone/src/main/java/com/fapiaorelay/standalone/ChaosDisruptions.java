package com.fapiaorelay.standalone;

import com.fapiaorelay.standalone.ChaosEvent.Applied;
import com.fapiaorelay.standalone.ChaosEvent.Disruption;
import java.io.PrintStream;

/** Applies one disruption to the running stack and says on the terminal what it did and how long it took. */
final class ChaosDisruptions {

    private final EmbeddedStack stack;
    private final ChaosPlan plan;
    private final ChaosHttp http;
    private final PrintStream out;

    ChaosDisruptions(EmbeddedStack stack, ChaosPlan plan, ChaosHttp http, PrintStream out) {
        this.stack = stack;
        this.plan = plan;
        this.http = http;
        this.out = out;
    }

    Applied apply(Disruption disruption, double atSeconds) {
        out.printf("[%6.1fs] ⚡ %s ...%n", atSeconds, describe(disruption));
        long started = System.nanoTime();
        String error = null;
        try {
            run(disruption);
        } catch (Exception e) {
            error = e.toString();
            out.printf("          失败 / failed: %s%n", error);
        }
        double took = (System.nanoTime() - started) / 1e9;
        out.printf("          %s in %.1fs%n", error == null ? "done" : "FAILED", took);
        return new Applied(disruption, atSeconds, took, error);
    }

    private void run(Disruption disruption) throws Exception {
        switch (disruption) {
            case RESTART_UPLOAD -> stack.restartUpload();
            case RESTART_SYNC -> stack.restartSync();
            case RESTART_KAFKA -> stack.restartKafka();
            case RESTART_POSTGRES -> stack.restartPostgres();
            case MAINTENANCE_WINDOW ->
                http.putText(
                        stack.sandboxUrl() + "/sandbox/faults",
                        plan.faults() + ",maintenance-ms=" + plan.maintenance().toMillis());
        }
    }

    private String describe(Disruption disruption) {
        return switch (disruption) {
            case RESTART_UPLOAD -> "重启 upload-service / restarting upload-service";
            case RESTART_SYNC -> "重启 sync-service / restarting sync-service";
            case RESTART_KAFKA -> "重启 Kafka / restarting the Kafka broker";
            case RESTART_POSTGRES -> "重启 PostgreSQL / restarting PostgreSQL";
            case MAINTENANCE_WINDOW ->
                "税务接口维护 / sandbox maintenance window for " + plan.maintenance().toSeconds() + "s";
        };
    }
}
