package com.fapiaorelay.standalone.cluster;

import com.fapiaorelay.standalone.cluster.ClusterRole.Part;
import com.fapiaorelay.standalone.stack.RunningStack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The cluster topology on one machine: every role its own process of this jar, supervised and restarted when it
 * dies. Starts PostgreSQL and the three brokers, then the sandbox, then the two instances of each service a service
 * at a time (two cores start two Spring contexts far sooner than six), then the console. Each URL it answers is an instance that is up at the moment of asking.
 */
public final class ClusterStack implements RunningStack, AutoCloseable {

    /** Two busy cores start a dozen JVMs slowly; a service that needs longer than this is broken. */
    static final Duration START_PATIENCE = Duration.ofMinutes(10);

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final ClusterLayout layout;
    private final Map<ClusterRole, SupervisedProcess> processes = new LinkedHashMap<>();

    private ClusterStack(ClusterLayout layout) {
        this.layout = layout;
    }

    /** {@code ./fapiao cluster}: the documented ports from 28000, data under {@code directory}; prints where each part answers. */
    public static ClusterStack onFixedPorts(Path directory, PrintStream out) throws Exception {
        ClusterStack cluster = start(ClusterLayout.fixed(directory, Map.of()), out);
        ClusterAddresses.print(cluster.layout, out);
        return cluster;
    }

    /** Ports free at this moment, {@code overrides} given to every service: for a campaign beside anything else. */
    public static ClusterStack onFreePorts(Path directory, Map<String, String> overrides, PrintStream out)
            throws Exception {
        return start(ClusterLayout.free(directory, overrides), out);
    }

    private static ClusterStack start(ClusterLayout layout, PrintStream out) throws Exception {
        layout.write();
        var cluster = new ClusterStack(layout);
        try {
            for (List<Part> wave : List.of(
                    List.of(Part.POSTGRES, Part.KAFKA),
                    List.of(Part.SANDBOX),
                    List.of(Part.UPLOAD),
                    List.of(Part.SYNC),
                    List.of(Part.ALERT),
                    List.of(Part.CONSOLE))) {
                cluster.startWave(wave, out);
            }
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    SupervisedProcess process(ClusterRole role) {
        return processes.get(role);
    }

    /** Waits until the role is up again (its ready file names a live process). */
    void awaitReady(ClusterRole role, Duration patience) throws InterruptedException {
        await(List.of(role), patience);
    }

    /** Stops one instance gracefully and keeps it down, as an operator scaling in would, until {@link #resume}. */
    public void retire(String roleName) throws InterruptedException {
        processes.get(ClusterRole.parse(roleName)).stop(STOP_PATIENCE);
    }

    /** Starts a retired instance again and waits until it is up. */
    public void resume(String roleName) throws InterruptedException {
        ClusterRole role = ClusterRole.parse(roleName);
        processes.get(role).start();
        awaitReady(role, START_PATIENCE);
    }

    /** Every running process by role name. */
    public Map<String, ProcessHandle> processHandles() {
        Map<String, ProcessHandle> handles = new LinkedHashMap<>();
        processes.forEach((role, process) -> process.handle().ifPresent(handle -> handles.put(role.name(), handle)));
        return handles;
    }

    @Override
    public String kafkaBootstrapServers() {
        return layout.kafkaBootstrapServers();
    }

    @Override
    public String sandboxUrl() {
        return layout.sandboxUrl();
    }

    @Override
    public String uploadUrl() {
        return liveUrl(Part.UPLOAD);
    }

    @Override
    public String syncUrl() {
        return liveUrl(Part.SYNC);
    }

    @Override
    public String alertUrl() {
        return liveUrl(Part.ALERT);
    }

    @Override
    public String consoleUrl() {
        return layout.consoleUrl();
    }

    @Override
    public String opsCredential() {
        return layout.opsCredential();
    }

    @Override
    public String jdbcUrl(String schema) {
        return layout.jdbcUrl(schema);
    }

    @Override
    public void close() throws Exception {
        List<SupervisedProcess> reverse = new ArrayList<>(processes.values());
        java.util.Collections.reverse(reverse);
        for (SupervisedProcess process : reverse) {
            process.stop(STOP_PATIENCE);
        }
    }

    private String liveUrl(Part part) {
        return ClusterRole.of(part).stream()
                .filter(role -> processes.get(role).ready())
                .findFirst()
                .map(layout::url)
                .orElse(layout.url(new ClusterRole(part, 1)));
    }

    private void startWave(List<Part> parts, PrintStream out) throws InterruptedException {
        List<ClusterRole> wave =
                parts.stream().flatMap(part -> ClusterRole.of(part).stream()).toList();
        for (ClusterRole role : wave) {
            var process = new SupervisedProcess(role, layout.path());
            processes.put(role, process);
            process.start();
        }
        out.printf(
                "  启动 / starting %s ...%n", wave.stream().map(ClusterRole::name).toList());
        await(wave, START_PATIENCE);
    }

    private void await(List<ClusterRole> roles, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Predicate<ClusterRole> ready = role -> processes.get(role).ready();
        while (!roles.stream().allMatch(ready)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not up within " + patience + ": "
                        + roles.stream()
                                .filter(ready.negate())
                                .map(ClusterRole::name)
                                .toList() + "; see "
                        + layout.path().resolve("logs"));
            }
            Thread.sleep(250);
        }
    }
}
