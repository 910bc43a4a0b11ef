package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.invoice.InvoiceKey;
import java.net.URI;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Where a caller follows an invoice after intake: its entry in sync-service's ledger. */
@Component
public class StatusUrls {

    private final URI ledgerBaseUrl;

    StatusUrls(IntakeProperties properties) {
        this.ledgerBaseUrl = properties.ledgerBaseUrl();
    }

    public URI of(InvoiceKey key) {
        return UriComponentsBuilder.fromUri(ledgerBaseUrl)
                .path("/api/v1/invoices/{seller}/{number}")
                .buildAndExpand(key.sellerTaxId(), key.invoiceNumber())
                .encode()
                .toUri();
    }
}
