package com.fapiaorelay.standalone.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One line of {@code /proc/PID/stat} (proc(5)): the process's parent and the CPU it and its reaped children used. The
 * times are in clock ticks of 1/100 s, the USER_HZ of Linux on x86-64 and arm64 (assumed; {@code getconf CLK_TCK}).
 */
public record ProcStat(
        long pid, String command, long parentPid, long userTicks, long systemTicks, long reapedChildrenTicks) {

    static final long NANOS_PER_TICK = 10_000_000;

    /** The command sits in parentheses and may itself hold spaces and parentheses, so fields count from its end. */
    public static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        String[] fields = line.substring(close + 2).trim().split(" ");
        return new ProcStat(
                Long.parseLong(line.substring(0, open).trim()),
                line.substring(open + 1, close),
                Long.parseLong(fields[1]),
                Long.parseLong(fields[11]),
                Long.parseLong(fields[12]),
                Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
    }

    /** The process's line now, or empty when it has gone (or this is not Linux). */
    public static Optional<ProcStat> read(long pid) {
        try {
            return Optional.of(parse(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** CPU of the process itself, user and system, in nanoseconds. */
    public long ownCpuNanos() {
        return (userTicks + systemTicks) * NANOS_PER_TICK;
    }

    /** CPU of the process and of the children it has reaped, in nanoseconds. */
    public long cpuWithReapedChildrenNanos() {
        return ownCpuNanos() + reapedChildrenTicks * NANOS_PER_TICK;
    }
}
