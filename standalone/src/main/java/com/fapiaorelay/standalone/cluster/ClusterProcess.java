package com.fapiaorelay.standalone.cluster;

import com.fapiaorelay.kit.embedded.EmbeddedKafkaServer;
import com.fapiaorelay.kit.embedded.EmbeddedPostgresServer;
import com.fapiaorelay.standalone.cluster.ClusterRole.Part;
import com.fapiaorelay.standalone.stack.ServicePart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code fapiao role NAME DIRECTORY}: the body of one cluster process. It starts its part as the layout in DIRECTORY
 * says, then writes {@code run/NAME.ready} with the process id a fault campaign kills (the postmaster's, for
 * PostgreSQL), and runs until it is stopped or killed. A PostgreSQL whose postmaster dies takes this process with
 * it, so the supervisor restarts both, as a service manager would.
 */
public final class ClusterProcess {

    /** The exit code when the postmaster died under us. */
    static final int POSTMASTER_DIED = 70;

    private ClusterProcess() {}

    /** {@code NAME DIRECTORY}: how the supervisor starts a role from classes rather than the jar (tests, an IDE). */
    public static int run(String roleName, Path directory) throws Exception {
        ClusterRole role = ClusterRole.parse(roleName);
        ClusterLayout layout = ClusterLayout.read(directory);
        long pid = switch (role.part()) {
            case POSTGRES -> startPostgres(layout, role);
            case KAFKA -> startKafka(layout, role);
            default -> startService(layout, role);
        };
        Files.writeString(readyFile(directory, roleName), String.valueOf(pid));
        if (role.part() == Part.POSTGRES) {
            ProcessHandle.of(pid).ifPresent(postmaster -> postmaster.onExit().join());
            return POSTMASTER_DIED;
        }
        new CountDownLatch(1).await();
        return 0;
    }

    static Path readyFile(Path directory, String roleName) {
        return directory.resolve("run").resolve(roleName + ".ready");
    }

    private static long startPostgres(ClusterLayout layout, ClusterRole role) throws Exception {
        EmbeddedPostgresServer postgres =
                EmbeddedPostgresServer.start(layout.path().resolve(role.name()), layout.port(role));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
        return postgres.postmaster().pid();
    }

    private static long startKafka(ClusterLayout layout, ClusterRole role) throws Exception {
        EmbeddedKafkaServer kafka =
                EmbeddedKafkaServer.start(layout.path().resolve(role.name()), role.instance(), layout.brokers());
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        return ProcessHandle.current().pid();
    }

    /** Spring closes the context on SIGTERM by its own shutdown hook. */
    private static long startService(ClusterLayout layout, ClusterRole role) {
        ServicePart service = role.part().service();
        String jdbcUrl =
                EmbeddedPostgresServer.jdbcUrl(layout.port(new ClusterRole(Part.POSTGRES, 1)), service.schema());
        service.application().run(layout.wiring().arguments(jdbcUrl, layout.port(role)));
        return ProcessHandle.current().pid();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("shutdown: " + e);
        }
    }
}
