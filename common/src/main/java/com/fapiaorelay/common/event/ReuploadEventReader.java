package com.fapiaorelay.common.event;

/** Reads {@link ReuploadRequested}: envelope, version, and the invoice's key. */
public final class ReuploadEventReader {

    private ReuploadEventReader() {}

    public static ReuploadRequested read(String json) {
        ReuploadRequested event =
                Envelopes.read(json, ReuploadRequested.class, ReuploadRequested.TYPE, ReuploadRequested.VERSION);
        Envelopes.require(event.eventId(), "eventId");
        Envelopes.require(event.sellerTaxId(), "sellerTaxId");
        Envelopes.require(event.invoiceNumber(), "invoiceNumber");
        return event;
    }
}
