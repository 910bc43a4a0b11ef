package com.fapiaorelay.common.event;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.validation.Magnitudes;

/** Reads {@link InvoiceStatusChanged}: envelope, version, the invoice's key, its state, and its figures' magnitude. */
public final class StatusEventReader {

    private StatusEventReader() {}

    public static InvoiceStatusChanged read(String json) {
        InvoiceStatusChanged event = Envelopes.read(
                json, InvoiceStatusChanged.class, InvoiceStatusChanged.TYPE, InvoiceStatusChanged.VERSION);
        Envelopes.require(event.eventId(), "eventId");
        Envelopes.require(event.occurredAt(), "occurredAt");
        Envelopes.require(event.sellerTaxId(), "sellerTaxId");
        Envelopes.require(event.invoiceNumber(), "invoiceNumber");
        Envelopes.require(event.state(), "state");
        checkFigures(event.figures());
        return event;
    }

    private static void checkFigures(InvoiceFigures figures) {
        if (figures == null) {
            return;
        }
        Magnitudes.ofMoney(figures.totalAmount(), "figures.totalAmount")
                .or(() -> Magnitudes.ofMoney(figures.totalTax(), "figures.totalTax"))
                .ifPresent(outOfRange -> {
                    throw UnreadableEvent.because(outOfRange);
                });
    }
}
