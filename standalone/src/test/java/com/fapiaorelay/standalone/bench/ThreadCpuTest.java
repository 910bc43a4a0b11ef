package com.fapiaorelay.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    private final ThreadGroup bench = Thread.currentThread().getThreadGroup();

    @Test
    void namesAThreadAfterThePartGroupBelowTheBenchsEvenFromANestedGroup() {
        var upload = new ThreadGroup(bench, "upload");
        var pool = new ThreadGroup(upload, "a library's pool");

        assertThat(ThreadCpu.component(upload, bench)).isEqualTo("upload");
        assertThat(ThreadCpu.component(pool, bench)).isEqualTo("upload");
        assertThat(ThreadCpu.component(bench, bench)).isEqualTo(ThreadCpu.HARNESS);
        assertThat(ThreadCpu.component(bench.getParent(), bench)).isEqualTo(ThreadCpu.JVM);
    }

    @Test
    void keepsTheCpuOfAPartsThreadAfterItEnded() throws InterruptedException {
        var threads = new ThreadCpu();
        var sampled = new CountDownLatch(1);
        var busy = new Thread(new ThreadGroup("sync"), () -> {
            spin();
            threads.sample();
            sampled.countDown();
        });

        busy.start();
        sampled.await();
        busy.join();

        assertThat(threads.byComponent())
                .hasEntrySatisfying("sync", nanos -> assertThat(nanos).isPositive());
    }

    private static void spin() {
        long until = System.nanoTime() + 50_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
