package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps the content of a CONFLICT beside the stored one, under the event id that brought it; a replay keeps one. */
@Repository
class ConflictingContentRows {

    private final JdbcClient jdbc;

    ConflictingContentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(List<Conflicting> conflicts) {
        for (Conflicting conflict : conflicts) {
            jdbc.sql("""
                            INSERT INTO conflicting_content
                                   (event_id, seller_tax_id, invoice_number, source, content_hash, payload)
                            VALUES (:eventId, :seller, :number, :source, :hash, :payload)
                            ON CONFLICT (event_id) DO NOTHING
                            """)
                    .param("eventId", eventIdOf(conflict.event()))
                    .param("seller", conflict.event().invoice().sellerTaxId())
                    .param("number", conflict.event().invoice().invoiceNumber())
                    .param("source", conflict.event().source())
                    .param("hash", conflict.hash())
                    .param("payload", conflict.payload())
                    .update();
        }
    }

    /** An event without an id (the contract asks for one; an ERP may omit it) is kept under a new one. */
    private static UUID eventIdOf(InvoiceSubmitted event) {
        return event.eventId() != null ? event.eventId() : UUID.randomUUID();
    }

    /** One conflicting event with its canonical JSON and that JSON's hash. */
    record Conflicting(InvoiceSubmitted event, String payload, String hash) {}
}
