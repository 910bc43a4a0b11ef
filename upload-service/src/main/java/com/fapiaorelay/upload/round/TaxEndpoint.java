package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.tax.TaxInterfaceUnavailable;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** One tax interface endpoint with its own circuit breaker. */
record TaxEndpoint(String name, TaxInterface tax, CircuitBreaker breaker) {

    private static final Set<UploadOutcome> FAILED =
            EnumSet.of(UploadOutcome.RETRYABLE, UploadOutcome.UNKNOWN, UploadOutcome.ENDPOINT_FAILED);

    /** A batch whose every invoice came back retryable, unknown or refused by the endpoint is a failed call. */
    void record(List<UploadResult> results, long nanos) {
        boolean failed = results.stream().allMatch(r -> FAILED.contains(r.outcome()));
        if (failed) {
            breaker.onError(
                    nanos,
                    TimeUnit.NANOSECONDS,
                    new EndpointFailed(name, results.get(0).code()));
        } else {
            breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Looks invoices up, counting the call for the breaker; empty when the endpoint could not answer. */
    Optional<List<TaxRecord>> lookup(List<InvoiceKey> keys) {
        long start = System.nanoTime();
        try {
            List<TaxRecord> records = tax.lookup(keys);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return Optional.of(records);
        } catch (TaxInterfaceUnavailable e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            return Optional.empty();
        }
    }

    boolean open() {
        return breaker.getState() == CircuitBreaker.State.OPEN;
    }

    /** The reason a breaker counts a failure; never thrown. */
    static class EndpointFailed extends RuntimeException {
        EndpointFailed(String endpoint, String code) {
            super(endpoint + " answered " + code, null, false, false);
        }
    }
}
