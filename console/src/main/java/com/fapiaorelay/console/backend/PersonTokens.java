package com.fapiaorelay.console.backend;

import com.fapiaorelay.console.config.ConsoleProperties;
import com.fapiaorelay.console.config.Role;
import com.fapiaorelay.kit.auth.UserTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Signs, for every call to a service, a token naming the logged-in person and their roles, good for that service
 * and one minute: the service takes the actor from it, so what a person did is recorded under their name.
 */
@Component
class PersonTokens {

    static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final Set<String> ROLES =
            Stream.of(Role.values()).map(role -> "ROLE_" + role.name()).collect(Collectors.toSet());

    private final UserTokens tokens;

    PersonTokens(ConsoleProperties properties, Clock clock) {
        this.tokens = new UserTokens(properties.userTokenKey(), "console", LIFETIME, clock);
    }

    /** Adds the person's token to each request to {@code service}; a call made for nobody goes without. */
    ClientHttpRequestInterceptor forService(String service) {
        return (request, body, execution) -> {
            Authentication person = SecurityContextHolder.getContext().getAuthentication();
            if (person != null && person.isAuthenticated() && !(person instanceof AnonymousAuthenticationToken)) {
                request.getHeaders()
                        .set(
                                HttpHeaders.AUTHORIZATION,
                                "Bearer " + tokens.sign(person.getName(), roles(person), service));
            }
            return execution.execute(request, body);
        };
    }

    private static List<String> roles(Authentication person) {
        return person.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(ROLES::contains)
                .map(authority -> authority.substring("ROLE_".length()))
                .distinct()
                .toList();
    }
}
