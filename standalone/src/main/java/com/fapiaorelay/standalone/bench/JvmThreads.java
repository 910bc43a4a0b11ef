package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.standalone.stack.ProcStat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU of the JVM's own native threads by kind, from {@code /proc/self/task} (proc(5)): the garbage collector's
 * workers, the JIT compilers, and the VM thread, which runs safepoint operations and, under SerialGC, the collections
 * themselves. HotSpot names its threads (Linux keeps 15 characters of a name); a thread of another name is not read.
 * Threads that end keep the CPU last read for them, as in {@link ThreadCpu}.
 */
final class JvmThreads {

    static final String GC = "jvm: GC threads";
    static final String JIT = "jvm: JIT compilers";
    static final String VM = "jvm: VM thread";

    private static final Path TASKS = Path.of("/proc/self/task");

    /** Per thread id: its kind, or empty for a thread not read. */
    private final Map<Long, Optional<String>> kinds = new HashMap<>();

    private final Map<Long, Long> nanos = new HashMap<>();

    /** The kind of a HotSpot thread named {@code name}, empty for the threads that run Java code. */
    static Optional<String> kind(String name) {
        if (name.startsWith("GC Thread#") || name.startsWith("G1 ")) {
            return Optional.of(GC);
        }
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return Optional.of(JIT);
        }
        return name.equals("VM Thread") ? Optional.of(VM) : Optional.empty();
    }

    synchronized void sample() {
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(this::sample);
        } catch (IOException e) {
            // not Linux: no kind is read
        }
    }

    private void sample(Path task) {
        long id = Long.parseLong(task.getFileName().toString());
        Optional<String> known = kinds.get(id);
        if (known != null && known.isEmpty()) {
            return;
        }
        read(task)
                .ifPresent(stat -> kinds.computeIfAbsent(id, unread -> kind(stat.command()))
                        .ifPresent(kind -> nanos.put(id, stat.ownCpuNanos())));
    }

    /** CPU nanoseconds per kind since the JVM started, of every thread of a kind seen. */
    synchronized Map<String, Long> byKind() {
        sample();
        Map<String, Long> cpu = new TreeMap<>(Map.of(GC, 0L, JIT, 0L, VM, 0L));
        nanos.forEach((id, spent) -> kinds.get(id).ifPresent(kind -> cpu.merge(kind, spent, Long::sum)));
        return cpu;
    }

    private static Optional<ProcStat> read(Path task) {
        try {
            return Optional.of(ProcStat.parse(Files.readString(task.resolve("stat"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
