package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.bench.ResourceSampler.Garbage;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@link Usage} of the embedded stack: this JVM's CPU and allocations per part by thread group ({@link
 * ThreadCpu}), what the parts' threads do not account for as the JVM's, split by {@link JvmThreads} into its garbage
 * collector, JIT compilers and VM thread, the rest (the JVM's other threads, and threads that ended unread) as
 * {@link #JVM_OTHER}; and the CPU of the PostgreSQL processes.
 */
final class CostMeter implements AutoCloseable {

    static final String POSTGRES = "postgresql";
    static final String JVM_OTHER = "jvm: other";

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadCpu threads;
    private final JvmThreads jvm;
    private final PostgresProbe postgres;

    CostMeter(ThreadCpu threads, JvmThreads jvm, String jdbcUrl) throws SQLException {
        this.threads = threads;
        this.jvm = jvm;
        this.postgres = new PostgresProbe(jdbcUrl);
    }

    Usage read() {
        long wall = System.nanoTime();
        long process = os.getProcessCpuTime();
        Map<String, Long> cpu = splitJvm(threads.byComponent(), process, jvm.byKind());
        cpu.put(POSTGRES, postgres.cpuNanos());
        return new Usage(
                wall,
                cpu,
                threads.allocatedBytesByComponent(),
                Garbage.collected(),
                KafkaTraffic.appended(),
                postgres.writes());
    }

    /**
     * {@code parts}' CPU with the JVM's own, {@code process} less the parts' but for {@link ThreadCpu#JVM}, in place of
     * {@link ThreadCpu#JVM}: the {@code kinds} read, and the rest as {@link #JVM_OTHER}.
     */
    static Map<String, Long> splitJvm(Map<String, Long> parts, long process, Map<String, Long> kinds) {
        Map<String, Long> cpu = new TreeMap<>(parts);
        cpu.remove(ThreadCpu.JVM);
        long jvm = process - cpu.values().stream().mapToLong(Long::longValue).sum();
        long read = kinds.values().stream().mapToLong(Long::longValue).sum();
        cpu.putAll(kinds);
        cpu.put(JVM_OTHER, Math.max(0, jvm - read));
        return cpu;
    }

    /** PostgreSQL's writes alone, read after its backends had time to report them. */
    PostgresProbe.Writes postgresWrites() {
        return postgres.writes();
    }

    @Override
    public void close() throws SQLException {
        postgres.close();
    }
}
