package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.HttpTaxInterface;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** The peer a user would otherwise have: a typical ERP plug-in uploading one invoice per synchronous HTTP call. */
final class NaiveUploader {

    private NaiveUploader() {}

    /** Answers invoices per second. */
    static double measure(String sandboxUrl, List<Invoice> invoices) {
        var tax = new HttpTaxInterface(URI.create(sandboxUrl), Duration.ofSeconds(5), Duration.ofSeconds(30));
        long start = System.nanoTime();
        for (Invoice invoice : invoices) {
            tax.upload(List.of(invoice));
        }
        return invoices.size() / ((System.nanoTime() - start) / 1e9);
    }
}
