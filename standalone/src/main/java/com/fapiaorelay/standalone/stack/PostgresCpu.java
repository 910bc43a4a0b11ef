package com.fapiaorelay.standalone.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU a PostgreSQL server spends, from {@code /proc}: its postmaster, its live backends, and the backends that have
 * ended (their CPU moved to the postmaster's reaped children). The postmaster is any backend's parent, so one
 * connection finds it, however it was started (pg_ctl detaches it from the process that asked).
 */
public final class PostgresCpu {

    private final long postmaster;

    private PostgresCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The server whose postmaster is {@code pid}. */
    public static PostgresCpu ofPostmaster(long pid) {
        return new PostgresCpu(pid);
    }

    /** The server {@code connection} talks to. */
    public static PostgresCpu serving(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
            pid.next();
            return ofPostmaster(
                    ProcStat.read(pid.getLong(1)).map(ProcStat::parentPid).orElse(-1L));
        }
    }

    /** The server at {@code jdbcUrl}, found over a connection opened for the purpose and closed. */
    public static PostgresCpu serving(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            return serving(connection);
        }
    }

    /** Nanoseconds of CPU since the server started. */
    public long nanos() {
        long reaped = ProcStat.read(postmaster)
                .map(ProcStat::cpuWithReapedChildrenNanos)
                .orElse(0L);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return reaped
                    + processes
                            .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                            .map(p ->
                                    ProcStat.read(Long.parseLong(p.getFileName().toString())))
                            .flatMap(Optional::stream)
                            .filter(stat -> stat.parentPid() == postmaster)
                            .mapToLong(ProcStat::ownCpuNanos)
                            .sum();
        } catch (IOException e) {
            return reaped;
        }
    }
}
