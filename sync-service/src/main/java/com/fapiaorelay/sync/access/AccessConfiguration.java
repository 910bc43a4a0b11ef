package com.fapiaorelay.sync.access;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fapiaorelay.kit.auth.EndpointRole;
import com.fapiaorelay.kit.auth.EndpointRoles;
import com.fapiaorelay.kit.auth.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what (the kit authenticates): people read every seller (VIEWER) and start reports and
 * reconciliations, enter declared totals and register status callbacks (OPERATOR); an ERP's API key does the same for
 * its own sellers only, which
 * {@link Caller} enforces.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration implements WebMvcConfigurer {

    private final CallerInterceptor callers;

    AccessConfiguration(CallerInterceptor callers) {
        this.callers = callers;
    }

    @Bean
    static EndpointRoles endpointRoles() {
        return EndpointRoles.of(
                EndpointRole.of(GET, "/api/v1/invoices/**", Roles.VIEWER, Roles.ERP),
                EndpointRole.of(GET, "/api/v1/invoices.csv", Roles.VIEWER, Roles.ERP),
                EndpointRole.of(GET, "/api/v1/reports/**", Roles.VIEWER, Roles.ERP),
                EndpointRole.of(GET, "/api/v1/reconciliations/**", Roles.VIEWER, Roles.ERP),
                EndpointRole.of(POST, "/api/v1/reports", Roles.OPERATOR, Roles.ERP),
                EndpointRole.of(POST, "/api/v1/reconciliations", Roles.OPERATOR, Roles.ERP),
                EndpointRole.of(GET, "/api/v1/declarations", Roles.VIEWER, Roles.ERP),
                EndpointRole.of(POST, "/api/v1/declarations", Roles.OPERATOR, Roles.ERP),
                EndpointRole.of(GET, "/api/v1/status-changes", Roles.VIEWER, Roles.ERP),
                EndpointRole.of(GET, "/api/v1/callbacks/**", Roles.VIEWER, Roles.ERP),
                EndpointRole.of(POST, "/api/v1/callbacks", Roles.OPERATOR, Roles.ERP),
                EndpointRole.of(DELETE, "/api/v1/callbacks/*", Roles.OPERATOR, Roles.ERP),
                EndpointRole.of(POST, "/api/v1/callbacks/*/dead-letters/replay", Roles.OPERATOR, Roles.ERP),
                EndpointRole.of(GET, "/api/v1/silent-sources/*/maintenance", Roles.VIEWER, Roles.ERP),
                EndpointRole.of(POST, "/api/v1/silent-sources/*/maintenance", Roles.OPERATOR, Roles.ERP),
                EndpointRole.of(DELETE, "/api/v1/silent-sources/*/maintenance/*", Roles.OPERATOR, Roles.ERP));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(callers).addPathPatterns("/api/**");
    }
}
