package com.fapiaorelay.upload.intake;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * REST intake: {@code fapiao.upload.*}. Status URLs point at sync-service's ledger, which answers "where is my
 * invoice?"; the batch limit keeps one request from holding its transaction for long. One body limit per door, in
 * bytes: a JSON submission of the most invoices allowed fits in 8 MiB with room to spare; a CSV import gets what the
 * multipart upload gets.
 */
@ConfigurationProperties("fapiao.upload")
record IntakeProperties(
        @DefaultValue("http://localhost:8082") URI ledgerBaseUrl,
        @DefaultValue("1000") int maxInvoicesPerRequest,
        @DefaultValue("8388608") long maxJsonBytes,
        @DefaultValue("52428800") long maxCsvBytes,
        @DefaultValue Backlog backlog) {

    IntakeProperties {
        if (maxInvoicesPerRequest < 1) {
            throw new IllegalArgumentException("fapiao.upload.max-invoices-per-request must be at least 1");
        }
    }

    /** Intake pauses above {@code highWater} invoices awaiting upload and resumes below {@code lowWater}. */
    record Backlog(
            @DefaultValue("200000") long highWater,
            @DefaultValue("100000") long lowWater) {

        Backlog {
            if (lowWater < 0 || lowWater > highWater) {
                throw new IllegalArgumentException("fapiao.upload.backlog needs 0 <= low-water <= high-water, was "
                        + lowWater + " and " + highWater);
            }
        }
    }
}
