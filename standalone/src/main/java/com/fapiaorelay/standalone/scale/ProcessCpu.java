package com.fapiaorelay.standalone.scale;

import com.fapiaorelay.standalone.stack.PostgresCpu;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time of named processes as the operating system counts it (user and system time), whatever else the machine
 * runs: the one measure of cost that does not swing with the load of a shared machine, as rates do.
 */
final class ProcessCpu {

    private static final String POSTGRES_SERVER = "postgres server";

    private final Supplier<Map<String, Long>> snapshot;

    private ProcessCpu(Supplier<Map<String, Long>> snapshot) {
        this.snapshot = snapshot;
    }

    /** The embedded stack: this JVM (services, Kafka, sandbox and the harness) and PostgreSQL's server. */
    static ProcessCpu ofThisJvm(PostgresCpu postgres) {
        return new ProcessCpu(() -> {
            Map<String, Long> cpu = new LinkedHashMap<>();
            cpu.put("JVM (services, Kafka, sandbox, harness)", own(ProcessHandle.current()));
            cpu.put(POSTGRES_SERVER, postgres.nanos());
            return cpu;
        });
    }

    /**
     * The cluster's processes by role name (the postgres role is the JVM that owns the server), PostgreSQL's server,
     * and this harness, which publishes and watches from outside.
     */
    static ProcessCpu ofCluster(PostgresCpu postgres, Supplier<Map<String, ProcessHandle>> processes) {
        return new ProcessCpu(() -> {
            Map<String, Long> cpu = new LinkedHashMap<>();
            processes.get().forEach((name, process) -> cpu.put(name, withChildren(process)));
            cpu.put(POSTGRES_SERVER, postgres.nanos());
            cpu.put("harness", own(ProcessHandle.current()));
            return cpu;
        });
    }

    /** Nanoseconds of CPU by process name, now. */
    Map<String, Long> snapshot() {
        return snapshot.get();
    }

    /** Microseconds of CPU per invoice by process name between two snapshots, with their sum as "total". */
    static Map<String, Long> perInvoice(Map<String, Long> before, Map<String, Long> after, int invoices) {
        Map<String, Long> micros = new LinkedHashMap<>();
        after.forEach((name, nanos) -> micros.put(name, (nanos - before.getOrDefault(name, 0L)) / 1_000 / invoices));
        micros.put("total", micros.values().stream().mapToLong(Long::longValue).sum());
        return micros;
    }

    private static long withChildren(ProcessHandle process) {
        return own(process) + process.descendants().mapToLong(ProcessCpu::own).sum();
    }

    private static long own(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
