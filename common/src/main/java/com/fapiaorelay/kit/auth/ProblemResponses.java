package com.fapiaorelay.kit.auth;

import com.fapiaorelay.kit.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Refusals as the kit's problem details, in the services' bilingual style. */
final class ProblemResponses {

    private ProblemResponses() {}

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            Problems.write(
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            "authentication-required",
                            "Authentication required",
                            detail(exception)),
                    response);
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> Problems.write(
                Problems.of(
                        HttpStatus.FORBIDDEN,
                        "role-required",
                        "Role required",
                        "你的凭据没有此操作所需的角色 / your credential lacks the role this endpoint needs (docs/security.md)"),
                response);
    }

    private static String detail(AuthenticationException exception) {
        String reason = exception.getMessage() == null ? "" : " (" + exception.getMessage() + ")";
        return "请提供有效凭据：Authorization: Bearer 令牌或 X-Api-Key / send a valid bearer token (Authorization: Bearer)"
                + " or API key (X-Api-Key)" + reason;
    }
}
