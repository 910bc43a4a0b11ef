package com.fapiaorelay.kit.auth;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call this service: {@code callers} maps each calling service's name to its bearer token and roles (a
 * caller with no token is switched off); {@code user-token-key} checks the tokens the console signs for people, which
 * must name this service ({@code audience}) and come from {@code user-token-issuer}.
 */
@ConfigurationProperties("fapiao.auth")
public record AuthProperties(
        String audience,
        @DefaultValue("console") String userTokenIssuer,
        String userTokenKey,
        Map<String, Caller> callers) {

    static final int MIN_TOKEN_LENGTH = 16;

    public AuthProperties {
        callers = callers == null ? Map.of() : Map.copyOf(callers);
        if (hasUserTokenKey(userTokenKey)) {
            UserTokens.requireStrongKey(userTokenKey);
        }
        callers.forEach((name, caller) -> caller.requireLongEnough(name));
    }

    boolean acceptsUserTokens() {
        return hasUserTokenKey(userTokenKey);
    }

    private static boolean hasUserTokenKey(String key) {
        return key != null && !key.isBlank();
    }

    /** One calling service: its bearer token and what it may do. */
    public record Caller(String token, List<String> roles) {

        public Caller {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        boolean enabled() {
            return token != null && !token.isBlank();
        }

        byte[] tokenBytes() {
            return token.getBytes(StandardCharsets.UTF_8);
        }

        private void requireLongEnough(String name) {
            if (enabled() && token.length() < MIN_TOKEN_LENGTH) {
                throw new IllegalArgumentException("fapiao.auth.callers." + name + ".token must have at least "
                        + MIN_TOKEN_LENGTH + " characters");
            }
        }
    }
}
