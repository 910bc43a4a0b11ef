package com.fapiaorelay.upload.apikey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Lets a request through only with an active API key, and hands the client it names to the controller. */
@Component
class ApiKeyInterceptor implements HandlerInterceptor {

    static final String HEADER = "X-Api-Key";

    private final ApiKeys keys;

    ApiKeyInterceptor(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String rawKey = request.getHeader(HEADER);
        if (rawKey == null || rawKey.isBlank()) {
            throw ApiKeyRefused.missing();
        }
        ApiClient client = keys.findActive(rawKey.strip()).orElseThrow(ApiKeyRefused::unknown);
        request.setAttribute(ApiClient.ATTRIBUTE, client);
        return true;
    }
}
