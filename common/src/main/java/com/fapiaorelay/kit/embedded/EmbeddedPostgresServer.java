package com.fapiaorelay.kit.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/** A real PostgreSQL server started from the binaries zonky publishes on Maven Central. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts on {@code dataDir}, keeping an existing cluster there, or on a fresh temporary one when null. The owner
     * closes it, after the applications using it: a server stopped under a closing application stalls its shutdown.
     * Kept data is durable: zonky turns {@code synchronous_commit} off, which would let an OS crash lose commits the
     * services already acknowledged to Kafka by committing offsets. Temporary data has nothing to keep.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) throws IOException {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setPort(port).setRegisterShutdownHook(false);
        if (dataDir != null) {
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on");
        }
        return new EmbeddedPostgresServer(builder.start());
    }

    /** The postmaster's process, for a supervisor that must notice it dying. */
    public ProcessHandle postmaster() {
        return postgres.getProcess().toHandle();
    }

    /** JDBC URL of the {@code postgres} database with {@code schema} as the search path. */
    public String jdbcUrl(String schema) {
        return "jdbc:postgresql://localhost:" + postgres.getPort()
                + "/postgres?reWriteBatchedInserts=true&currentSchema=" + schema;
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
