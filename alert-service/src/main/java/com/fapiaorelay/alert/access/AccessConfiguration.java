package com.fapiaorelay.alert.access;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fapiaorelay.kit.auth.EndpointRole;
import com.fapiaorelay.kit.auth.EndpointRoles;
import com.fapiaorelay.kit.auth.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Alerts are read by VIEWERs and acknowledged or resolved by OPERATORs; silences, which stop people being told, are
 * set and ended by REVIEWERs; only Alertmanager, with its own token, posts alerts.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    EndpointRoles endpointRoles() {
        return EndpointRoles.of(
                EndpointRole.of(GET, "/api/v1/alerts/**", Roles.VIEWER),
                EndpointRole.of(POST, "/api/v1/alerts/{id}/acknowledge", Roles.OPERATOR),
                EndpointRole.of(POST, "/api/v1/alerts/{id}/resolve", Roles.OPERATOR),
                EndpointRole.of(GET, "/api/v1/silences/**", Roles.VIEWER),
                EndpointRole.of(POST, "/api/v1/silences/**", Roles.REVIEWER),
                EndpointRole.of(POST, "/api/v1/alertmanager", Roles.ALERT_SOURCE));
    }
}
