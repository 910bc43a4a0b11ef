package com.fapiaorelay.standalone.scale;

import com.fapiaorelay.standalone.stack.RunningStack;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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
    static ProcessCpu ofThisJvm(int postgresPort) {
        return new ProcessCpu(() -> {
            Map<String, Long> cpu = new LinkedHashMap<>();
            cpu.put("JVM (services, Kafka, sandbox, harness)", own(ProcessHandle.current()));
            cpu.put(POSTGRES_SERVER, postgresServer(postgresPort));
            return cpu;
        });
    }

    /**
     * The cluster's processes by role name (the postgres role is the JVM that owns the server), PostgreSQL's server,
     * and this harness, which publishes and watches from outside.
     */
    static ProcessCpu ofCluster(int postgresPort, Supplier<Map<String, ProcessHandle>> processes) {
        return new ProcessCpu(() -> {
            Map<String, Long> cpu = new LinkedHashMap<>();
            processes.get().forEach((name, process) -> cpu.put(name, withChildren(process)));
            cpu.put(POSTGRES_SERVER, postgresServer(postgresPort));
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

    /**
     * The postmaster and its backends. pg_ctl starts the postmaster detached (its parent is init), so it is found by
     * the port on its command line rather than among the owner's children.
     */
    private static long postgresServer(int port) {
        return ProcessHandle.allProcesses()
                .filter(process -> isPostmaster(process, port))
                .mapToLong(ProcessCpu::withChildren)
                .sum();
    }

    private static boolean isPostmaster(ProcessHandle process, int port) {
        boolean postgres = process.info()
                .command()
                .map(command -> command.endsWith("/postgres"))
                .orElse(false);
        List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
        int flag = arguments.indexOf("-p");
        return postgres
                && flag >= 0
                && flag + 1 < arguments.size()
                && arguments.get(flag + 1).equals(String.valueOf(port));
    }

    static int postgresPort(RunningStack stack) {
        return URI.create(stack.jdbcUrl("sync").substring("jdbc:".length())).getPort();
    }

    private static long withChildren(ProcessHandle process) {
        return own(process) + process.descendants().mapToLong(ProcessCpu::own).sum();
    }

    private static long own(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
