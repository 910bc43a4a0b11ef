package com.fapiaorelay.upload.apikey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Lets another service's request through only with the configured service token. */
@Component
class ServiceTokenInterceptor implements HandlerInterceptor {

    static final String HEADER = "X-Service-Token";

    private final AccessProperties properties;

    ServiceTokenInterceptor(AccessProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!ApiKeySecrets.matches(request.getHeader(HEADER), properties.serviceToken())) {
            throw ApiKeyRefused.wrongServiceToken();
        }
        return true;
    }
}
