package com.fapiaorelay.common.event;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.validation.Magnitudes;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@link InvoiceSubmitted} in every schema version still supported, answering the current version: version 1
 * (the flat legacy form, see {@link InvoiceSubmittedV1}) is upcast, version 2 is read as it is. An event without
 * the invoice's key (seller's tax ID and number), or with a number out of magnitude, is refused before any
 * arithmetic; every other content error is validation's to report.
 */
public final class SubmittedEventReader {

    private static final List<Integer> SUPPORTED = List.of(InvoiceSubmittedV1.VERSION, InvoiceSubmitted.VERSION);

    private SubmittedEventReader() {}

    public static InvoiceSubmitted read(String json) {
        InvoiceSubmitted current =
                Envelopes.bindCurrent(json, InvoiceSubmitted.class, InvoiceSubmitted.TYPE, InvoiceSubmitted.VERSION);
        return checked(current != null ? current : readAnyVersion(json));
    }

    private static InvoiceSubmitted readAnyVersion(String json) {
        JsonNode tree = Envelopes.tree(json);
        return switch (Envelopes.requireVersion(tree, InvoiceSubmitted.TYPE, SUPPORTED)) {
            case InvoiceSubmittedV1.VERSION ->
                Envelopes.convert(tree, InvoiceSubmittedV1.class).upcast();
            default -> Envelopes.convert(tree, InvoiceSubmitted.class);
        };
    }

    private static InvoiceSubmitted checked(InvoiceSubmitted event) {
        Invoice invoice = event.invoice();
        Envelopes.require(invoice, "invoice");
        Envelopes.require(invoice.invoiceNumber(), "invoiceNumber");
        Envelopes.require(invoice.seller(), "seller");
        Envelopes.require(invoice.seller().taxId(), "seller.taxId");
        Magnitudes.of(invoice).stream().findFirst().ifPresent(outOfRange -> {
            throw UnreadableEvent.because(outOfRange);
        });
        return event;
    }
}
