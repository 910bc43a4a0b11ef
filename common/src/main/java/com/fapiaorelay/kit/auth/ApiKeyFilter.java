package com.fapiaorelay.kit.auth;

import com.fapiaorelay.kit.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates an ERP by its {@code X-Api-Key}: the principal is the client the service's verifier names. */
final class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeyVerifier verifier;
    private final AuthenticationEntryPoint refusal;

    ApiKeyFilter(ApiKeyVerifier verifier, AuthenticationEntryPoint refusal) {
        this.verifier = verifier;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String rawKey = request.getHeader(ApiKeyVerifier.HEADER);
        if (rawKey == null || rawKey.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<? extends Principal> client;
        try {
            client = verifier.verify(rawKey.strip());
        } catch (ApiKeyUncheckable e) {
            Problems.write(
                    Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "api-key-check-unavailable",
                            "API key cannot be checked",
                            "暂时无法验证 API 密钥，请稍后重试 / the API key cannot be checked right now (" + e.getMessage()
                                    + "); try again shortly"),
                    response);
            return;
        }
        if (client.isEmpty()) {
            refusal.commence(request, response, new BadCredentialsException("API key unknown or revoked"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                client.get(), null, AuthorityUtils.createAuthorityList("ROLE_" + Roles.ERP)));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
