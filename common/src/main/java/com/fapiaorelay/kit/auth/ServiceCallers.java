package com.fapiaorelay.kit.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Recognises a calling service by its bearer token; answers null for any other token, so a person's token is tried
 * next. Tokens are compared in constant time, so response timing does not reveal how much of one matched.
 */
final class ServiceCallers implements AuthenticationProvider {

    private final Map<String, AuthProperties.Caller> callers;

    ServiceCallers(Map<String, AuthProperties.Caller> callers) {
        this.callers = callers;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        byte[] presented =
                ((BearerTokenAuthenticationToken) authentication).getToken().getBytes(StandardCharsets.UTF_8);
        return callers.entrySet().stream()
                .filter(caller -> caller.getValue().enabled())
                .filter(caller ->
                        MessageDigest.isEqual(presented, caller.getValue().tokenBytes()))
                .findFirst()
                .map(caller -> UsernamePasswordAuthenticationToken.authenticated(
                        caller.getKey(), null, AuthorityUtils.createAuthorityList(withPrefix(caller.getValue()))))
                .orElse(null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String[] withPrefix(AuthProperties.Caller caller) {
        return caller.roles().stream().map(role -> "ROLE_" + role).toArray(String[]::new);
    }
}
