package com.fapiaorelay.console.config;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.stereotype.Component;

/** People logging in through OIDC get the console roles their ID token's {@code roles} claim names. */
@Component
class OidcRoles implements GrantedAuthoritiesMapper {

    static final String CLAIM = "roles";

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> granted) {
        return granted.stream().flatMap(OidcRoles::withConsoleRoles).collect(Collectors.toSet());
    }

    private static Stream<GrantedAuthority> withConsoleRoles(GrantedAuthority authority) {
        if (!(authority instanceof OidcUserAuthority oidc)) {
            return Stream.of(authority);
        }
        List<String> claimed = oidc.getIdToken().getClaimAsStringList(CLAIM);
        Set<String> known = Stream.of(Role.values()).map(Role::name).collect(Collectors.toSet());
        Stream<GrantedAuthority> roles = (claimed == null ? List.<String>of() : claimed)
                .stream()
                        .filter(known::contains)
                        .flatMap(role -> Stream.of(Role.valueOf(role).withIncluded()))
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role));
        return Stream.concat(Stream.of(authority), roles);
    }
}
