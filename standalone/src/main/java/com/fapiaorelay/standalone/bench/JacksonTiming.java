package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.event.SubmittedEventReader;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.standalone.stack.ErpPublisher;
import java.util.List;

/**
 * Jackson's share, apart from Kafka's: writing an invoice's submitted event, as the ERP does, and reading it back as
 * upload-service's intake does, each timed on one thread after a warm-up.
 */
final class JacksonTiming {

    private JacksonTiming() {}

    /** Microseconds per invoice to write its event and to read it. */
    record Micros(double write, double read) {}

    static Micros measure(List<Invoice> invoices) {
        List<InvoiceSubmitted> events = invoices.stream()
                .map(invoice -> InvoiceSubmitted.of(ErpPublisher.SOURCE, invoice))
                .toList();
        List<String> json =
                events.stream().map(FapiaoJson.mapper()::writeValueAsString).toList();
        return new Micros(
                OneThreadTiming.microsPerItem(
                        events,
                        event -> FapiaoJson.mapper().writeValueAsString(event).length()),
                OneThreadTiming.microsPerItem(
                        json,
                        text -> SubmittedEventReader.read(text)
                                .invoice()
                                .lines()
                                .size()));
    }
}
