package com.fapiaorelay.upload.apikey;

import com.fapiaorelay.upload.audit.AuditRows;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Key creation and revocation, each audited with the operator who did it. */
@Service
class ApiKeyAdministration {

    private final ApiKeyRows keys;
    private final AuditRows audit;

    ApiKeyAdministration(ApiKeyRows keys, AuditRows audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @Transactional
    CreatedApiKey create(ApiKeyRequest request, String actor) {
        if (request.name() == null
                || request.name().isBlank()
                || request.sellerTaxIds().isEmpty()) {
            throw ApiKeyRequestInvalid.nameAndSellersRequired();
        }
        CreatedApiKey created = keys.create(request.name().strip(), request.sellerTaxIds());
        String detail = "key " + created.id() + " '" + created.name() + "' for " + created.sellerTaxIds();
        audit.record(actor, "API_KEY_CREATED", null, detail);
        return created;
    }

    @Transactional
    void revoke(UUID id, String actor) {
        if (!keys.revoke(id)) {
            throw ApiKeyRequestInvalid.notFound(id);
        }
        audit.record(actor, "API_KEY_REVOKED", null, "key " + id);
    }
}
