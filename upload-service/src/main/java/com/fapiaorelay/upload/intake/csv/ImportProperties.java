package com.fapiaorelay.upload.intake.csv;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CSV import: {@code fapiao.upload.import.*}. Valid invoices are stored {@code chunkSize} at a time, each chunk in
 * its own transaction, so a large back-fill does not hold locks for its whole length; a re-import is idempotent.
 */
@ConfigurationProperties("fapiao.upload.import")
record ImportProperties(
        @DefaultValue("50000") int maxRows,
        @DefaultValue("500") int chunkSize) {

    ImportProperties {
        if (maxRows < 1 || chunkSize < 1) {
            throw new IllegalArgumentException("fapiao.upload.import.max-rows and chunk-size must be at least 1");
        }
    }
}
