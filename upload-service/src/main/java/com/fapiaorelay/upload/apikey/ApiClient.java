package com.fapiaorelay.upload.apikey;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * The ERP behind a request, as its API key identifies it, with the sellers it may submit and read for. Controllers
 * take it as the authenticated principal.
 */
public record ApiClient(UUID keyId, String name, Set<String> sellerTaxIds) implements Principal {

    public ApiClient {
        sellerTaxIds = Set.copyOf(sellerTaxIds);
    }

    public boolean mayActFor(String sellerTaxId) {
        return sellerTaxIds.contains(sellerTaxId);
    }

    /** How the audit log names this client. */
    public String actor() {
        return "api-key:" + keyId;
    }

    @Override
    public String getName() {
        return actor();
    }
}
