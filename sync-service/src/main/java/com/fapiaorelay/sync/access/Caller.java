package com.fapiaorelay.sync.access;

import java.security.Principal;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asking: a person or service, who reads every seller, or an ERP's API key, which reads only the sellers it
 * holds. Controllers take it as the request attribute {@link #ATTRIBUTE}.
 */
public record Caller(String actor, String name, Set<String> sellerTaxIds, boolean admin) implements Principal {

    public static final String ATTRIBUTE = "fapiao.caller";

    public Caller {
        sellerTaxIds = Set.copyOf(sellerTaxIds);
    }

    static Caller everySeller(String authenticatedAs) {
        return new Caller(authenticatedAs, authenticatedAs, Set.of(), true);
    }

    static Caller apiKey(UUID keyId, String name, Collection<String> sellerTaxIds) {
        return new Caller("api-key:" + keyId, name, Set.copyOf(sellerTaxIds), false);
    }

    @Override
    public String getName() {
        return actor;
    }

    /** Refuses, with 403, a seller outside the caller's scope. */
    public void requireSeller(String sellerTaxId) {
        if (!admin && !sellerTaxIds.contains(sellerTaxId)) {
            throw SellerNotPermitted.forSeller(this, sellerTaxId);
        }
    }

    /**
     * The sellers a search or count may cover: the one asked for, if the caller may read it; otherwise every seller
     * the key holds, or null (no restriction) for an operator.
     */
    public Set<String> sellersToSearch(String sellerTaxId) {
        if (sellerTaxId != null) {
            requireSeller(sellerTaxId);
            return Set.of(sellerTaxId);
        }
        return admin ? null : sellerTaxIds;
    }
}
