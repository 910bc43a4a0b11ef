package com.fapiaorelay.kit.auth;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One way every service authenticates its callers, switched on by the service declaring its {@link EndpointRoles}:
 * bearer tokens of calling services and of people (signed by the console), ERP API keys where the service has an
 * {@link ApiKeyVerifier}. Health stays open to orchestrators, metrics need the METRICS role, and a path the table
 * does not name is refused to everyone.
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnClass({SecurityFilterChain.class, BearerTokenAuthenticationFilter.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(EndpointRoles.class)
@EnableWebSecurity
@EnableConfigurationProperties(AuthProperties.class)
public class AuthKitAutoConfiguration {

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Roles.hierarchy());
    }

    @Bean
    SecurityFilterChain serviceApi(
            HttpSecurity http,
            AuthProperties properties,
            EndpointRoles endpoints,
            ObjectProvider<ApiKeyVerifier> apiKeys) {
        StatelessBearers.configure(http, bearerTokens(properties))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> authorize(requests, endpoints));
        apiKeys.ifAvailable(verifier -> http.addFilterBefore(
                new ApiKeyFilter(verifier, ProblemResponses.unauthenticated()), BearerTokenAuthenticationFilter.class));
        return http.build();
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            EndpointRoles endpoints) {
        requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(Roles.METRICS);
        for (EndpointRole row : endpoints.table()) {
            String[] roles = row.roles().toArray(String[]::new);
            if (row.method() == null) {
                requests.requestMatchers(row.pattern()).hasAnyRole(roles);
            } else {
                requests.requestMatchers(row.method(), row.pattern()).hasAnyRole(roles);
            }
        }
        requests.anyRequest().denyAll();
    }

    private static AuthenticationManager bearerTokens(AuthProperties properties) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new ServiceCallers(properties.callers()));
        if (properties.acceptsUserTokens()) {
            var provider = new JwtAuthenticationProvider(
                    UserTokens.decoder(properties.userTokenKey(), properties.userTokenIssuer(), properties.audience()));
            provider.setJwtAuthenticationConverter(peopleWithRoles());
            providers.add(provider);
        }
        return new ProviderManager(providers);
    }

    private static JwtAuthenticationConverter peopleWithRoles() {
        var roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(UserTokens.ROLES);
        roles.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
