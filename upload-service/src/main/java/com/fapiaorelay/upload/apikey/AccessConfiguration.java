package com.fapiaorelay.upload.apikey;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fapiaorelay.kit.auth.ApiKeyVerifier;
import com.fapiaorelay.kit.auth.EndpointRole;
import com.fapiaorelay.kit.auth.EndpointRoles;
import com.fapiaorelay.kit.auth.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what (the kit authenticates): ERPs submit and import with their API key; ERPs and people read an
 * invoice file into a draft; people read an invoice's history (VIEWER), replay failures and dead letters and declare
 * maintenance windows (OPERATOR),
 * hand over an approved correction (REVIEWER, who is its checker) and manage API keys (ADMIN); another service asks
 * which sellers a key holds with its own token.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    EndpointRoles endpointRoles() {
        return EndpointRoles.of(
                EndpointRole.of(POST, "/api/v1/invoices", Roles.ERP),
                EndpointRole.of(POST, "/api/v1/imports", Roles.ERP),
                EndpointRole.of(POST, "/api/v1/extractions", Roles.ERP, Roles.VIEWER),
                EndpointRole.of(GET, "/api/v1/admin/submissions/**", Roles.VIEWER),
                EndpointRole.of(POST, "/api/v1/admin/replays", Roles.OPERATOR),
                EndpointRole.of(POST, "/api/v1/admin/dead-letters/replays", Roles.OPERATOR),
                EndpointRole.of(GET, "/api/v1/admin/maintenance-windows", Roles.OPERATOR),
                EndpointRole.of(POST, "/api/v1/admin/maintenance-windows", Roles.OPERATOR),
                EndpointRole.of(DELETE, "/api/v1/admin/maintenance-windows/{id}", Roles.OPERATOR),
                EndpointRole.of(POST, "/api/v1/admin/reentries", Roles.REVIEWER),
                EndpointRole.of(POST, "/api/v1/admin/api-keys", Roles.ADMIN),
                EndpointRole.of(DELETE, "/api/v1/admin/api-keys/{id}", Roles.ADMIN),
                EndpointRole.of(POST, "/api/v1/internal/api-keys/introspection", Roles.KEY_INTROSPECTION));
    }

    @Bean
    ApiKeyVerifier apiKeyVerifier(ApiKeyRows keys) {
        return keys::findActive;
    }
}
