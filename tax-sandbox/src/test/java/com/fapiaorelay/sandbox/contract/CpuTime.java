package com.fapiaorelay.sandbox.contract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time used so far by this JVM (sandbox and client), by the sandbox's request threads within it, and by the
 * PostgreSQL processes serving it, read from {@code /proc}: the cost per invoice depends far less on how busy the
 * shared machine is than the rate does.
 */
record CpuTime(long jvmNanos, long sandboxNanos, Map<Integer, Long> postgresTicks) {

    /** Linux's USER_HZ, the unit of {@code /proc/<pid>/stat}'s times. */
    private static final long TICKS_PER_SECOND = 100;

    static CpuTime now(JdbcClient jdbc) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Integer> pids = jdbc.sql("SELECT pid FROM pg_stat_activity")
                .query(Integer.class)
                .list();
        Map<Integer, Long> ticks = new HashMap<>();
        pids.forEach(pid -> ticks.put(pid, ticksOf(pid)));
        return new CpuTime(os.getProcessCpuTime(), requestThreadNanos(), ticks);
    }

    double jvmSecondsSince(CpuTime earlier) {
        return (jvmNanos - earlier.jvmNanos) / 1e9;
    }

    /** Tomcat's request threads live through the test, so their CPU time is all the sandbox's own Java work. */
    double sandboxSecondsSince(CpuTime earlier) {
        return (sandboxNanos - earlier.sandboxNanos) / 1e9;
    }

    private static long requestThreadNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(info -> info != null && info.getThreadName().startsWith("http-nio-"))
                .mapToLong(info -> Math.max(0, threads.getThreadCpuTime(info.getThreadId())))
                .sum();
    }

    /** PostgreSQL processes alive at both readings, or started since, counted in full. */
    double postgresSecondsSince(CpuTime earlier) {
        long ticks = 0;
        for (var process : postgresTicks.entrySet()) {
            ticks += process.getValue() - earlier.postgresTicks.getOrDefault(process.getKey(), 0L);
        }
        return (double) ticks / TICKS_PER_SECOND;
    }

    private static long ticksOf(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }
}
