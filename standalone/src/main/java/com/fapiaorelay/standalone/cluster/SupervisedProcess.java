package com.fapiaorelay.standalone.cluster;

import com.fapiaorelay.standalone.stack.ThisProgram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One role's process, started with the same jar and restarted whenever it dies while the cluster runs, as systemd's
 * {@code Restart=always} would. Its terminal output (warnings and errors) goes to {@code logs/NAME.log}, its whole log to
 * {@code logs/NAME-full.log}; it is ready once it wrote its ready file.
 */
final class SupervisedProcess {

    private static final Duration RESTART_DELAY = Duration.ofSeconds(2);

    private final ClusterRole role;
    private final Path directory;
    private volatile Process process;
    private volatile boolean stopping;

    SupervisedProcess(ClusterRole role, Path directory) {
        this.role = role;
        this.directory = directory;
    }

    ClusterRole role() {
        return role;
    }

    synchronized void start() {
        stopping = false;
        try {
            Files.deleteIfExists(readyFile());
            Files.createDirectories(readyFile().getParent());
            Path log = directory.resolve("logs").resolve(role.name() + ".log");
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process started = process;
        started.onExit().thenRun(() -> restartUnlessStopping(started));
    }

    /** The process id written in the ready file once the role is up: the postmaster's for PostgreSQL. */
    Optional<Long> readyPid() {
        try {
            return Files.exists(readyFile())
                    ? Optional.of(Long.parseLong(Files.readString(readyFile()).trim()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // written as we read: ready a moment later
        }
    }

    /** The live process and its children (PostgreSQL's server processes, for its owner), for reading CPU time. */
    Optional<ProcessHandle> handle() {
        Process current = process;
        return current != null && current.isAlive() ? Optional.of(current.toHandle()) : Optional.empty();
    }

    boolean ready() {
        return readyPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * SIGKILL to the process the role names as its own (the postmaster, for PostgreSQL); returns once it is gone, since
     * until then its ready file still names a live process and the role would look up again at once.
     */
    void kill() {
        long pid = readyPid().orElseThrow(() -> new IllegalStateException(role.name() + " is not up"));
        ProcessHandle.of(pid).ifPresent(killed -> {
            killed.destroyForcibly();
            killed.onExit().join();
        });
    }

    void signal(String signal) throws IOException, InterruptedException {
        long pid = readyPid().orElseThrow(() -> new IllegalStateException(role.name() + " is not up"));
        int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
                .inheritIO()
                .start()
                .waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " exited " + exit);
        }
    }

    /** SIGTERM, so the role closes its part gracefully; waits for it. */
    void stop(Duration patience) throws InterruptedException {
        stopping = true;
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroy();
            current.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            current.destroyForcibly();
        }
    }

    private void restartUnlessStopping(Process exited) {
        if (stopping || exited != process) {
            return;
        }
        try {
            Thread.sleep(RESTART_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!stopping) {
            start();
        }
    }

    private Path readyFile() {
        return ClusterProcess.readyFile(directory, role.name());
    }

    /** The same java and jar as this process ({@code fapiao role NAME DIR}), with a small heap of its own. */
    private List<String> command() {
        return ThisProgram.command(
                List.of(
                        "-Xmx" + role.part().heap(),
                        "-XX:+UseSerialGC",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-Dfile.encoding=UTF-8",
                        "-Dfapiao.log.file=" + directory.resolve("logs").resolve(role.name() + "-full.log")),
                List.of("role", role.name(), directory.toString()));
    }
}
