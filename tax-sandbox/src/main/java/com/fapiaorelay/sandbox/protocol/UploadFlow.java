package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.sandbox.fault.Faults;
import com.fapiaorelay.sandbox.fault.InjectedFaults.Kind;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * An upload batch through the faults every wire shares (latency, per-seller quota, the lost answer) into the store;
 * each wire (reference protocol, 乐企) only reads its own request and writes its own answer.
 */
@Service
public class UploadFlow {

    private final UploadHandler uploads;
    private final Faults faults;
    private final SandboxProperties properties;

    UploadFlow(UploadHandler uploads, Faults faults, SandboxProperties properties) {
        this.uploads = uploads;
        this.faults = faults;
        this.properties = properties;
    }

    /**
     * The stored batch's answer ({@code UploadResponse}'s JSON), or null when the answer was cut (the batch is stored
     * all the same), or a 500 after storing (store-then-error). A seller over its quota is refused with 429 before
     * anything is stored.
     */
    public String upload(List<Invoice> invoices, HttpServletResponse response) throws IOException {
        FaultInterceptor.pause(properties.batchLatency());
        if (!faults.admitsInvoices(perSeller(invoices))) {
            faults.count(Kind.QUOTA);
            throw Refusal.quota();
        }
        boolean reset = faults.drawReset();
        boolean errorAfterStoring = faults.drawStoreThenError();
        String answer = uploads.upload(invoices);
        if (reset) {
            faults.count(Kind.RESET);
            ResponseCut.cut(response);
            return null;
        }
        if (errorAfterStoring) {
            faults.count(Kind.STORE_THEN_ERROR);
            throw Refusal.internalError();
        }
        return answer;
    }

    /** How long an upload's results can be asked for by its serial. */
    public Duration resultsKeptFor() {
        return properties.uploadResultsKeptFor();
    }

    private static Map<String, Integer> perSeller(List<Invoice> invoices) {
        return invoices.stream()
                .collect(Collectors.groupingBy(
                        i -> String.valueOf(i.seller() == null ? null : i.sellerTaxId()),
                        Collectors.summingInt(i -> 1)));
    }
}
