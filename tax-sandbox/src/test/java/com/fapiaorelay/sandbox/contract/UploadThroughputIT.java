package com.fapiaorelay.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures invoices accepted per second on loopback, faults off, in a few rounds after a warm-up long enough for the
 * JIT; each round's figure and the load average around it go to the log.
 */
class UploadThroughputIT extends SandboxContractBase {

    private static final Logger log = LoggerFactory.getLogger(UploadThroughputIT.class);
    private static final int SENDERS = 4;
    private static final int BATCHES_PER_SENDER = 20;
    private static final int WARM_UP_BATCHES = 16;
    /** One round in the everyday build; {@code -Dfapiao.throughput.rounds=5} for docs/benchmarks.md. */
    private static final int ROUNDS = Integer.getInteger("fapiao.throughput.rounds", 1);

    private static final int BATCH = 500;

    @Autowired
    JdbcClient jdbc;

    @Test
    void acceptsBatchesFast() throws Exception {
        HttpTaxInterface tax = new HttpTaxInterface(url(), Duration.ofSeconds(2), Duration.ofSeconds(60));
        send(tax, batches(WARM_UP_BATCHES));

        for (int round = 1; round <= ROUNDS; round++) {
            measure(tax, round);
        }
    }

    private void measure(HttpTaxInterface tax, int round) throws Exception {
        List<List<Invoice>> batches = batches(SENDERS * BATCHES_PER_SENDER);
        String loadBefore = loadAverage();
        CpuTime cpuBefore = CpuTime.now(jdbc);
        long start = System.nanoTime();
        long accepted = send(tax, batches);
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuTime cpu = CpuTime.now(jdbc);

        log.info(
                "round {}: accepted {} invoices in {} s: {} invoices/s; CPU per invoice: JVM {} µs, of it the sandbox's"
                        + " request threads {} µs; PostgreSQL {} µs; load average before {}, after {}",
                round,
                accepted,
                String.format("%.2f", seconds),
                Math.round(accepted / seconds),
                Math.round(cpu.jvmSecondsSince(cpuBefore) * 1e6 / accepted),
                Math.round(cpu.sandboxSecondsSince(cpuBefore) * 1e6 / accepted),
                Math.round(cpu.postgresSecondsSince(cpuBefore) * 1e6 / accepted),
                loadBefore,
                loadAverage());
        // The figure depends on the machine and its load, so it is logged rather than asserted.
        assertThat(accepted).isEqualTo((long) batches.size() * BATCH);
    }

    private static long send(HttpTaxInterface tax, List<List<Invoice>> batches) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<Long>> done = batches.stream()
                    .map(batch -> senders.submit(() -> accepted(tax.upload(batch))))
                    .toList();
            long accepted = 0;
            for (Future<Long> batch : done) {
                accepted += batch.get();
            }
            return accepted;
        } finally {
            senders.shutdown();
        }
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static long accepted(List<UploadResult> results) {
        return results.stream()
                .filter(r -> r.outcome() == UploadOutcome.ACCEPTED)
                .count();
    }

    private static List<List<Invoice>> batches(int count) {
        String seller = freshSeller();
        return IntStream.range(0, count)
                .mapToObj(b -> IntStream.range(0, BATCH)
                        .mapToObj(i -> SandboxInvoices.invoice(seller, "100.00"))
                        .toList())
                .toList();
    }
}
