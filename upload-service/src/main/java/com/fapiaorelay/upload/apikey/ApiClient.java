package com.fapiaorelay.upload.apikey;

import java.util.Set;
import java.util.UUID;

/** The ERP behind a request, as its API key identifies it, with the sellers it may submit and read for. */
public record ApiClient(UUID keyId, String name, Set<String> sellerTaxIds) {

    /** The request attribute under which the authenticated client travels to the controllers. */
    public static final String ATTRIBUTE = "fapiao.apiClient";

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
}
