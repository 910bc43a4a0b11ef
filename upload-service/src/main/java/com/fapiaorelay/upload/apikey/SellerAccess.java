package com.fapiaorelay.upload.apikey;

import com.fapiaorelay.upload.audit.AuditRows;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Holds an API key to the sellers it is scoped to; every refused attempt is audited. */
@Component
public class SellerAccess {

    static final String SUBMIT_REFUSED = "SUBMIT_REFUSED";

    private final AuditRows audit;

    SellerAccess(AuditRows audit) {
        this.audit = audit;
    }

    /** Refuses the whole request when any of {@code sellerTaxIds} is outside the client's scope. */
    public void requireSubmitFor(ApiClient client, Collection<String> sellerTaxIds, String what) {
        List<String> refused = sellerTaxIds.stream()
                .filter(Objects::nonNull)
                .distinct()
                .filter(seller -> !client.mayActFor(seller))
                .toList();
        if (refused.isEmpty()) {
            return;
        }
        refused.forEach(seller -> audit.recordRefusal(client.actor(), SUBMIT_REFUSED, seller, what));
        throw SellerNotPermitted.forSellers(client, refused);
    }
}
