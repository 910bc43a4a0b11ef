package com.fapiaorelay.kit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerIT {

    @Test
    void keptDataCommitsSynchronouslyAndSurvivesTheKilledPostmaster() throws Exception {
        Path data = Files.createTempDirectory("fapiao-postgres-kept");
        int port = freePort();
        EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, port);
        try (Connection connection = connect(first);
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SHOW synchronous_commit")).isEqualTo("on");
            statement.execute("CREATE TABLE committed (n int)");
            statement.execute("INSERT INTO committed SELECT generate_series(1, 1000)");
        }
        ProcessHandle postmaster = first.postmaster();
        postmaster.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !postmaster.isAlive());
        first.close(); // releases zonky's lock on the data directory; stopping the dead server only logs an error

        EmbeddedPostgresServer second = await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> EmbeddedPostgresServer.start(data, port), server -> true);
        try (second;
                Connection connection = connect(second);
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT count(*) FROM committed")).isEqualTo("1000");
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws Exception {
        return DriverManager.getConnection(server.jdbcUrl("public"), server.username(), server.password());
    }

    private static String single(Statement statement, String query) throws Exception {
        try (ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
