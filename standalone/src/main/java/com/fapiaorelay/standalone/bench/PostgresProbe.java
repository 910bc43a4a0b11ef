package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.stack.PostgresCpu;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What PostgreSQL spends: the CPU of its postmaster and backends ({@link PostgresCpu}), and the rows, commits and
 * WAL it writes, from its statistics views.
 */
final class PostgresProbe implements AutoCloseable {

    private static final String WRITES = "select"
            + " (select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) from pg_stat_user_tables),"
            + " (select xact_commit from pg_stat_database where datname = current_database()),"
            + " pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint";

    private final Connection connection;
    private final PostgresCpu cpu;

    PostgresProbe(String jdbcUrl) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl);
        cpu = PostgresCpu.serving(connection);
    }

    /** Postmaster and live backends, with the backends that have ended. */
    long cpuNanos() {
        return cpu.nanos();
    }

    /**
     * Rows inserted, updated or deleted in the tables of every schema, transactions committed, and WAL bytes. Each
     * backend reports its row counts when idle, up to 10 s late on PostgreSQL 15 and later (PGSTAT_IDLE_INTERVAL).
     */
    Writes writes() {
        try (var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(WRITES)) {
            rows.next();
            return new Writes(rows.getLong(1), rows.getLong(2), rows.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read PostgreSQL's statistics", e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Counters of PostgreSQL's writes since it started. */
    record Writes(long rows, long commits, long walBytes) {

        Writes minus(Writes earlier) {
            return new Writes(rows - earlier.rows, commits - earlier.commits, walBytes - earlier.walBytes);
        }
    }
}
