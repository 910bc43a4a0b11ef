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
        @DefaultValue("52428800") long maxCsvBytes) {

    IntakeProperties {
        if (maxInvoicesPerRequest < 1) {
            throw new IllegalArgumentException("fapiao.upload.max-invoices-per-request must be at least 1");
        }
    }
}
