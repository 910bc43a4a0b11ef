package com.fapiaorelay.kit.auth;

import com.fapiaorelay.common.json.FapiaoJson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Refusals as RFC 9457 problem details, in the services' bilingual style. */
final class ProblemResponses {

    static final String TYPE_BASE = "https://fapiao-relay.example/problems/";

    private ProblemResponses() {}

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "authentication-required",
                    "Authentication required",
                    detail(exception));
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(
                response,
                HttpStatus.FORBIDDEN,
                "role-required",
                "Role required",
                "你的凭据没有此操作所需的角色 / your credential lacks the role this endpoint needs (docs/security.md)");
    }

    static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(FapiaoJson.mapper().writeValueAsBytes(problem));
    }

    private static String detail(AuthenticationException exception) {
        String reason = exception.getMessage() == null ? "" : " (" + exception.getMessage() + ")";
        return "请提供有效凭据：Authorization: Bearer 令牌或 X-Api-Key / send a valid bearer token (Authorization: Bearer)"
                + " or API key (X-Api-Key)" + reason;
    }
}
