package com.fapiaorelay.common.tax.leqi;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks CXQDFPSCJG about accepted uploads, pausing longer each round, until every invoice has a final status or the
 * deadline passes; what is still open then is UNKNOWN (its serial kept), never ACCEPTED.
 */
final class ResultPolling {

    private final UploadResultQuery query;
    private final LeqiSettings.Timing timing;

    ResultPolling(UploadResultQuery query, LeqiSettings.Timing timing) {
        this.query = query;
        this.timing = timing;
    }

    Map<InvoiceKey, UploadResult> await(List<Submitted> submitted) {
        Map<InvoiceKey, UploadResult> results = new HashMap<>();
        Map<InvoiceKey, String> stillOpen = new HashMap<>();
        List<Submitted> open = new ArrayList<>(submitted);
        long deadline = System.nanoTime() + timing.pollDeadline().toNanos();
        Duration pause = timing.firstPoll();
        while (!open.isEmpty() && pauseBefore(deadline, pause)) {
            open.removeIf(batch -> settle(batch, results, stillOpen));
            pause = longer(pause);
        }
        open.forEach(batch -> batch.invoices().stream()
                .filter(i -> !results.containsKey(i.key()))
                .forEach(i -> results.put(i.key(), unknown(i.key(), batch.serial(), stillOpen))));
        return results;
    }

    /** One query for one upload; true when every invoice of it has its final result. */
    private boolean settle(Submitted batch, Map<InvoiceKey, UploadResult> results, Map<InvoiceKey, String> stillOpen) {
        UploadResultQuery.Outcome outcome = query.ask(batch.serial());
        boolean settled = true;
        for (Invoice invoice : batch.invoices()) {
            InvoiceKey key = invoice.key();
            if (results.containsKey(key)) {
                continue;
            }
            Optional<UploadResult> result = outcome.failed()
                    ? Optional.empty()
                    : outcome.entry(invoice.invoiceNumber()).flatMap(e -> decided(key, batch.serial(), e));
            result.ifPresentOrElse(r -> results.put(key, r), () -> stillOpen.put(key, why(outcome, invoice)));
            settled &= result.isPresent();
        }
        return settled;
    }

    private static Optional<UploadResult> decided(InvoiceKey key, String serial, UploadResultQuery.Entry entry) {
        Optional<LeqiStatus> status = LeqiStatus.of(entry.status());
        if (status.isEmpty()) {
            return Optional.of(new UploadResult(
                    key, UploadOutcome.UNKNOWN, serial, "LEQI_STATUS_" + entry.status(), entry.message(), null));
        }
        return status.get()
                .outcome()
                .map(outcome ->
                        new UploadResult(key, outcome, serial, "LEQI_STATUS_" + entry.status(), entry.message(), null));
    }

    private static String why(UploadResultQuery.Outcome outcome, Invoice invoice) {
        if (outcome.failed()) {
            return "LEQI_QUERY_FAILED_" + outcome.failure().code();
        }
        return outcome.entry(invoice.invoiceNumber())
                .map(e -> "LEQI_STATUS_" + e.status())
                .orElse("LEQI_NOT_IN_RESULT");
    }

    private static UploadResult unknown(InvoiceKey key, String serial, Map<InvoiceKey, String> stillOpen) {
        String code = stillOpen.getOrDefault(key, "LEQI_NO_RESULT_YET");
        return new UploadResult(key, UploadOutcome.UNKNOWN, serial, code, "no final status by the deadline", null);
    }

    private Duration longer(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(timing.maxPoll()) > 0 ? timing.maxPoll() : doubled;
    }

    /** False once the deadline has passed (or the thread is interrupted): no further query. */
    private static boolean pauseBefore(long deadline, Duration pause) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            Thread.sleep(Math.min(pause.toMillis(), Duration.ofNanos(left).toMillis()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An upload 乐企 accepted for processing: its serial and the invoices it carried. */
    record Submitted(String serial, List<Invoice> invoices) {}
}
