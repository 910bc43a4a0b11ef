package com.fapiaorelay.sync.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request through only with the admin token or an active API key, and hands the {@link Caller} it names to
 * the controller. A wrong admin token is refused even beside a good key: a caller sending one means to be an operator.
 */
@Component
class CallerInterceptor implements HandlerInterceptor {

    static final String ADMIN_HEADER = "X-Admin-Token";
    static final String KEY_HEADER = "X-Api-Key";

    private final AccessProperties properties;
    private final ApiKeyDirectory keys;

    CallerInterceptor(AccessProperties properties, ApiKeyDirectory keys) {
        this.properties = properties;
        this.keys = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(Caller.ATTRIBUTE, callerOf(request));
        return true;
    }

    private Caller callerOf(HttpServletRequest request) {
        String adminToken = request.getHeader(ADMIN_HEADER);
        if (adminToken != null) {
            if (!sameSecret(adminToken, properties.adminToken())) {
                throw CredentialsRefused.wrongAdminToken();
            }
            return Caller.ADMIN;
        }
        String rawKey = request.getHeader(KEY_HEADER);
        if (rawKey == null || rawKey.isBlank()) {
            throw CredentialsRefused.missing();
        }
        return keys.callerFor(rawKey.strip()).orElseThrow(CredentialsRefused::unknownKey);
    }

    /** Compares digests in constant time, so response timing does not reveal how much of the token matched. */
    private static boolean sameSecret(String presented, String expected) {
        return MessageDigest.isEqual(
                ApiKeyDirectory.sha256(presented.getBytes(StandardCharsets.UTF_8)),
                ApiKeyDirectory.sha256(expected.getBytes(StandardCharsets.UTF_8)));
    }
}
