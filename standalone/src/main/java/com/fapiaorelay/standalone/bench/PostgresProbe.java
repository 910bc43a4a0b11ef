package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.stack.PostgresCpu;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * What PostgreSQL spends: the CPU of its postmaster and backends ({@link PostgresCpu}), the rows it writes per table,
 * its commits and WAL, from its statistics views, and the statements it ran, from {@code pg_stat_statements} when the
 * server preloads it (the bench's does: {@link PostgresStatements#SERVER_CONFIG}).
 */
final class PostgresProbe implements AutoCloseable {

    private static final String TOTALS = "select"
            + " (select xact_commit from pg_stat_database where datname = current_database()),"
            + " pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint";

    private static final String TABLES =
            "select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables";

    private final Connection connection;
    private final PostgresCpu cpu;
    private final PostgresStatements statements;

    PostgresProbe(String jdbcUrl) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl);
        cpu = PostgresCpu.serving(connection);
        statements = new PostgresStatements(connection);
    }

    /** Postmaster and live backends, with the backends that have ended. */
    long cpuNanos() {
        return cpu.nanos();
    }

    /**
     * Rows inserted, updated or deleted per table of every schema, transactions committed, WAL bytes, and statements
     * run. Each backend reports its row counts when idle, up to 10 s late on PostgreSQL 15 and later
     * (PGSTAT_IDLE_INTERVAL); statements are counted as they end.
     */
    Writes writes() {
        try (Statement statement = connection.createStatement()) {
            Map<String, Rows> tables = tables(statement);
            try (ResultSet totals = statement.executeQuery(TOTALS)) {
                totals.next();
                return new Writes(tables, totals.getLong(1), totals.getLong(2), statements.read());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read PostgreSQL's statistics", e);
        }
    }

    private static Map<String, Rows> tables(Statement statement) throws SQLException {
        Map<String, Rows> tables = new TreeMap<>();
        try (ResultSet rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.put(rows.getString(1), new Rows(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
            }
        }
        return tables;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Counters of PostgreSQL's work since it started: rows per table, commits, WAL bytes, statements by query. */
    record Writes(
            Map<String, Rows> tables, long commits, long walBytes, Map<String, PostgresStatements.Calls> statements) {

        /** Rows inserted, updated or deleted, in every table. */
        double rows() {
            return tables.values().stream().mapToDouble(Rows::total).sum();
        }

        Writes minus(Writes earlier) {
            Map<String, Rows> changed = new TreeMap<>();
            tables.forEach((table, now) -> {
                Rows delta = now.minus(earlier.tables.getOrDefault(table, Rows.NONE));
                if (delta.total() > 0) {
                    changed.put(table, delta);
                }
            });
            return new Writes(
                    changed,
                    commits - earlier.commits,
                    walBytes - earlier.walBytes,
                    PostgresStatements.between(earlier.statements, statements));
        }
    }

    /** Rows of one table inserted, updated and deleted: counts, or counts per unit of work. */
    record Rows(double inserted, double updated, double deleted) {

        static final Rows NONE = new Rows(0, 0, 0);

        double total() {
            return inserted + updated + deleted;
        }

        Rows plus(Rows other) {
            return new Rows(inserted + other.inserted, updated + other.updated, deleted + other.deleted);
        }

        Rows minus(Rows earlier) {
            return new Rows(inserted - earlier.inserted, updated - earlier.updated, deleted - earlier.deleted);
        }

        Rows per(double units) {
            return new Rows(inserted / units, updated / units, deleted / units);
        }
    }
}
