package com.fapiaorelay.kit.auth;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * What every chain of bearer-token callers shares: no session, no CSRF (no cookie to ride on), tokens checked by
 * {@code bearers}, refusals as problem details.
 */
final class StatelessBearers {

    private StatelessBearers() {}

    static HttpSecurity configure(HttpSecurity http, AuthenticationManager bearers) {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(bearer -> bearer.authenticationManagerResolver(request -> bearers)
                        .authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(failures -> failures.authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
    }
}
