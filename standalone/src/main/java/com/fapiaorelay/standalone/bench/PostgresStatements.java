package com.fapiaorelay.standalone.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statements a PostgreSQL server ran, by query, from {@code pg_stat_statements} (PostgreSQL's documentation, "F.32
 * pg_stat_statements"): calls, rows and execution time. The module ships with the server's binaries but counts only
 * when preloaded, which needs the server started with {@link #SERVER_CONFIG}; without it there is nothing to read.
 */
final class PostgresStatements {

    /** The server setting that loads the module; PostgreSQL reads it only at start. */
    static final Map<String, String> SERVER_CONFIG = Map.of("shared_preload_libraries", "pg_stat_statements");

    /** Summed over users, databases and nesting levels; the probe's own queries of the statistics left out. */
    private static final String CALLS = "select min(query), sum(calls), sum(rows), sum(total_exec_time)"
            + " from pg_stat_statements where query not like '%pg\\_stat%' group by queryid";

    private static final int QUERY_LENGTH = 160;

    private final Connection connection;
    private final boolean loaded;

    PostgresStatements(Connection connection) {
        this.connection = connection;
        this.loaded = install(connection);
    }

    /** Per query: its calls, rows and milliseconds since the server started, or nothing without the module. */
    Map<String, Calls> read() {
        Map<String, Calls> calls = new TreeMap<>();
        if (!loaded) {
            return calls;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(CALLS)) {
            while (rows.next()) {
                calls.merge(
                        shortened(rows.getString(1)),
                        new Calls(rows.getDouble(2), rows.getDouble(3), rows.getDouble(4)),
                        Calls::plus);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read pg_stat_statements", e);
        }
        return calls;
    }

    /** What ran from {@code earlier} to {@code later}, for the queries that ran. */
    static Map<String, Calls> between(Map<String, Calls> earlier, Map<String, Calls> later) {
        Map<String, Calls> ran = new TreeMap<>();
        later.forEach((query, now) -> {
            Calls delta = now.minus(earlier.getOrDefault(query, Calls.NONE));
            if (delta.calls() > 0) {
                ran.put(query, delta);
            }
        });
        return ran;
    }

    /** On one line, and short enough to read in a table; queries alike up to there count together. */
    static String shortened(String query) {
        String line = query.strip().replaceAll("\\s+", " ");
        return line.length() <= QUERY_LENGTH ? line : line.substring(0, QUERY_LENGTH) + "…";
    }

    private static boolean install(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.executeQuery("select 1 from pg_stat_statements limit 1").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Calls of one query, the rows they answered or changed, and their execution time in milliseconds. */
    record Calls(double calls, double rows, double millis) {

        static final Calls NONE = new Calls(0, 0, 0);

        Calls plus(Calls other) {
            return new Calls(calls + other.calls, rows + other.rows, millis + other.millis);
        }

        Calls minus(Calls earlier) {
            return new Calls(calls - earlier.calls, rows - earlier.rows, millis - earlier.millis);
        }

        Calls per(double units) {
            return new Calls(calls / units, rows / units, millis / units);
        }
    }
}
