package com.fapiaorelay.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JvmThreadsTest {

    @Test
    void tellsTheCollectorsAndCompilersAndVmThreadByTheirShortenedNames() {
        assertThat(JvmThreads.kind("GC Thread#1")).contains(JvmThreads.GC);
        assertThat(JvmThreads.kind("G1 Refine#0")).contains(JvmThreads.GC);
        assertThat(JvmThreads.kind("G1 Young RemSet")).contains(JvmThreads.GC);
        assertThat(JvmThreads.kind("C2 CompilerThre")).contains(JvmThreads.JIT);
        assertThat(JvmThreads.kind("C1 CompilerThre")).contains(JvmThreads.JIT);
        assertThat(JvmThreads.kind("VM Thread")).contains(JvmThreads.VM);
    }

    @Test
    void leavesThreadsThatRunJavaCodeUnread() {
        assertThat(JvmThreads.kind("VM Periodic Tas")).isEqualTo(Optional.empty());
        assertThat(JvmThreads.kind("kafka-request-h")).isEmpty();
        assertThat(JvmThreads.kind("java")).isEmpty();
    }

    @Test
    void readsThisJvmsCompilersAndVmThreadFromProc() {
        var threads = new JvmThreads();

        Map<String, Long> byKind = threads.byKind();

        assertThat(byKind).containsOnlyKeys(JvmThreads.GC, JvmThreads.JIT, JvmThreads.VM);
        assertThat(byKind.get(JvmThreads.JIT)).isPositive();
    }

    @Test
    void putsTheJvmsOwnCpuInKindsAndTheRestInPlaceOfTheJvmThreadGroups() {
        Map<String, Long> parts = Map.of("upload", 300L, ThreadCpu.HARNESS, 100L, ThreadCpu.JVM, 50L);
        Map<String, Long> kinds = Map.of(JvmThreads.GC, 200L, JvmThreads.JIT, 150L, JvmThreads.VM, 20L);

        Map<String, Long> cpu = CostMeter.splitJvm(parts, 1_000, kinds);

        assertThat(cpu)
                .doesNotContainKey(ThreadCpu.JVM)
                .containsEntry("upload", 300L)
                .containsEntry(JvmThreads.GC, 200L)
                .containsEntry(CostMeter.JVM_OTHER, 230L);
        assertThat(cpu.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000);
    }
}
