package com.fapiaorelay.kit.auth;

import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator of an application that logs people in by itself (the console): health stays open to orchestrators,
 * every other actuator path needs a calling service with the METRICS role ({@code fapiao.auth.callers}), as in the
 * services' own chain. Declare it ahead of the application's chain.
 */
public final class MetricsScrape {

    private MetricsScrape() {}

    public static SecurityFilterChain actuatorChain(HttpSecurity http, AuthProperties properties) {
        StatelessBearers.configure(
                        http.securityMatcher("/actuator/**"),
                        new ProviderManager(new ServiceCallers(properties.callers())))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Roles.METRICS));
        return http.build();
    }
}
