package com.fapiaorelay.kit.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A real PostgreSQL server started from the binaries zonky publishes on Maven Central. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser, the only role the embedded server has, and the password it is given. */
    public static final String USER = "postgres";

    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts on {@code dataDir}, keeping an existing cluster there, or on a fresh temporary one when null. The owner
     * closes it, after the applications using it: a server stopped under a closing application stalls its shutdown.
     * Kept data is durable: zonky turns {@code synchronous_commit} off, which would let an OS crash lose commits the
     * services already acknowledged to Kafka by committing offsets. Temporary data has nothing to keep.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) throws IOException {
        return start(dataDir, port, Map.of());
    }

    /** The same with {@code serverConfig} settings on top (the bench preloads pg_stat_statements). */
    public static EmbeddedPostgresServer start(Path dataDir, int port, Map<String, String> serverConfig)
            throws IOException {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setPort(port).setRegisterShutdownHook(false);
        if (dataDir != null) {
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on");
        }
        serverConfig.forEach(builder::setServerConfig);
        return new EmbeddedPostgresServer(builder.start(), dataDir);
    }

    /**
     * The postmaster, for a supervisor that must notice it dying: its id is the first line of {@code postmaster.pid}
     * (zonky's own process handle is {@code pg_ctl}'s, which exits once the server runs). Only on kept data.
     */
    public ProcessHandle postmaster() throws IOException {
        String pid =
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
        return ProcessHandle.of(Long.parseLong(pid))
                .orElseThrow(() -> new IllegalStateException("the postmaster " + pid + " is gone"));
    }

    /** JDBC URL of the {@code postgres} database with {@code schema} as the search path. */
    public String jdbcUrl(String schema) {
        return jdbcUrl(postgres.getPort(), schema);
    }

    /** The same URL for a server on {@code port} that another process started. */
    public static String jdbcUrl(int port, String schema) {
        return "jdbc:postgresql://localhost:" + port + "/postgres?reWriteBatchedInserts=true&currentSchema=" + schema;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
