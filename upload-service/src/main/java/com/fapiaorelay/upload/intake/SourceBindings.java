package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.Rule;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which sellers each Kafka source (the envelope's {@code source}) may submit for: {@code sellers.<source>} lists
 * them; a source not listed may submit for any seller unless {@code refuse-unlisted}. The source is what the
 * producer writes, so this stops one ERP's misconfiguration from filing another company's invoices, not a hostile
 * producer: that one is stopped by the broker's ACLs (docs/security.md). REST and CSV are bound by their API key.
 */
@ConfigurationProperties("fapiao.upload.source-bindings")
record SourceBindings(Map<String, Set<String>> sellers, boolean refuseUnlisted) {

    SourceBindings {
        sellers = sellers == null ? Map.of() : Map.copyOf(sellers);
    }

    /** The finding that holds an event back, when its source may not submit for its seller. */
    Optional<Finding> refusal(InvoiceSubmitted event) {
        Set<String> allowed = sellers.get(event.source());
        boolean refused = allowed == null
                ? refuseUnlisted
                : !allowed.contains(event.invoice().sellerTaxId());
        return refused
                ? Optional.of(Rule.EVENT_SOURCE_SELLER.finding("seller.taxId", null, event.source()))
                : Optional.empty();
    }
}
