package com.fapiaorelay.standalone.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.Map;

/**
 * Reads {@link Usage} of the embedded stack: this JVM's CPU per part by thread group ({@link ThreadCpu}), what the
 * threads do not account for (garbage collection, the JIT compiler, the VM's own threads) as the JVM's, and the CPU
 * of the PostgreSQL processes.
 */
final class CostMeter implements AutoCloseable {

    static final String POSTGRES = "postgresql";

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadCpu threads;
    private final PostgresProbe postgres;

    CostMeter(ThreadCpu threads, String jdbcUrl) throws SQLException {
        this.threads = threads;
        this.postgres = new PostgresProbe(jdbcUrl);
    }

    Usage read() {
        long wall = System.nanoTime();
        long process = os.getProcessCpuTime();
        Map<String, Long> cpu = threads.byComponent();
        long javaThreads = cpu.values().stream().mapToLong(Long::longValue).sum();
        cpu.merge(ThreadCpu.JVM, Math.max(0, process - javaThreads), Long::sum);
        cpu.put(POSTGRES, postgres.cpuNanos());
        return new Usage(wall, cpu, KafkaTraffic.appended(), postgres.writes());
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
