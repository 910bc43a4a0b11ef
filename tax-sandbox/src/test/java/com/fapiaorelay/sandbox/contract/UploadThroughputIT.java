package com.fapiaorelay.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures invoices accepted per second on loopback, faults off; the figure goes to the log. */
class UploadThroughputIT extends SandboxContractBase {

    private static final Logger log = LoggerFactory.getLogger(UploadThroughputIT.class);
    private static final int SENDERS = 4;
    private static final int BATCHES_PER_SENDER = 10;
    private static final int BATCH = 500;

    @Test
    void acceptsBatchesFast() throws Exception {
        HttpTaxInterface tax = new HttpTaxInterface(url(), Duration.ofSeconds(2), Duration.ofSeconds(60));
        send(tax, batches(2)); // warm-up

        List<List<Invoice>> batches = batches(SENDERS * BATCHES_PER_SENDER);
        long start = System.nanoTime();
        long accepted = send(tax, batches);
        double seconds = (System.nanoTime() - start) / 1e9;

        log.info("accepted {} invoices in {} s: {} invoices/s", accepted, seconds, Math.round(accepted / seconds));
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
