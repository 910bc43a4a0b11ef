package com.fapiaorelay.upload.apikey;

import java.util.List;

/** A key to create: a name people recognise (the ERP and environment) and the sellers it may act for. */
record ApiKeyRequest(String name, List<String> sellerTaxIds) {

    ApiKeyRequest {
        sellerTaxIds = sellerTaxIds == null
                ? List.of()
                : sellerTaxIds.stream().distinct().toList();
    }
}
