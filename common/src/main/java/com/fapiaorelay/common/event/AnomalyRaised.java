package com.fapiaorelay.common.event;

import com.fapiaorelay.common.invoice.InvoiceKey;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something a human should know about. Anomalies with the same {@code fingerprint} are one alert; {@code
 * groupKey} gathers related ones (all MISSING invoices of one seller) into one message. {@code resolved} marks
 * recovery.
 */
public record AnomalyRaised(
        UUID eventId,
        String eventType,
        int schemaVersion,
        OffsetDateTime occurredAt,
        String source,
        String fingerprint,
        String groupKey,
        String anomalyType,
        Severity severity,
        String sellerTaxId,
        String invoiceNumber,
        String summary,
        String detail,
        boolean resolved)
        implements FapiaoEvent {

    public static final String TYPE = "AnomalyRaised";
    public static final int VERSION = 1;

    /** An anomaly about one invoice, grouped with the same kind of anomaly for the same seller. */
    public static AnomalyRaised forInvoice(
            String source, String anomalyType, Severity severity, InvoiceKey key, String summary, String detail) {
        return new AnomalyRaised(
                UUID.randomUUID(),
                TYPE,
                VERSION,
                FapiaoEvent.stampedNow(),
                source,
                anomalyType + ":" + key,
                anomalyType + ":" + key.sellerTaxId(),
                anomalyType,
                severity,
                key.sellerTaxId(),
                key.invoiceNumber(),
                summary,
                detail,
                false);
    }

    /** An anomaly about a component rather than an invoice (a stopped scheduler, an open breaker). */
    public static AnomalyRaised forComponent(
            String source, String anomalyType, Severity severity, String summary, String detail, boolean resolved) {
        AnomalyRaised anomaly = forSubject(source, anomalyType, severity, source, summary, detail);
        return resolved ? anomaly.asResolved() : anomaly;
    }

    /**
     * An anomaly about one subject of a seller (a day, a batch), grouped with the same kind of anomaly for the
     * same seller.
     */
    public static AnomalyRaised forSeller(
            String source,
            String anomalyType,
            Severity severity,
            String sellerTaxId,
            String subject,
            String summary,
            String detail) {
        return new AnomalyRaised(
                UUID.randomUUID(),
                TYPE,
                VERSION,
                FapiaoEvent.stampedNow(),
                source,
                anomalyType + ":" + sellerTaxId + ":" + subject,
                anomalyType + ":" + sellerTaxId,
                anomalyType,
                severity,
                sellerTaxId,
                null,
                summary,
                detail,
                false);
    }

    /** An anomaly about a named subject that is neither an invoice nor one of our components (an ERP source). */
    public static AnomalyRaised forSubject(
            String source, String anomalyType, Severity severity, String subject, String summary, String detail) {
        String fingerprint = anomalyType + ":" + subject;
        return new AnomalyRaised(
                UUID.randomUUID(),
                TYPE,
                VERSION,
                FapiaoEvent.stampedNow(),
                source,
                fingerprint,
                fingerprint,
                anomalyType,
                severity,
                null,
                null,
                summary,
                detail,
                false);
    }

    /** Recovery: the same fingerprint, so alert-service resolves the alert this anomaly raised. */
    public AnomalyRaised asResolved() {
        return new AnomalyRaised(
                eventId,
                eventType,
                schemaVersion,
                occurredAt,
                source,
                fingerprint,
                groupKey,
                anomalyType,
                severity,
                sellerTaxId,
                invoiceNumber,
                summary,
                detail,
                true);
    }

    public enum Severity {
        INFO,
        WARNING,
        CRITICAL
    }
}
