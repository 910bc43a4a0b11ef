package com.fapiaorelay.upload.apikey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Lets a request to the admin endpoints through only with the configured admin token. */
@Component
class AdminTokenInterceptor implements HandlerInterceptor {

    static final String HEADER = "X-Admin-Token";

    private final AccessProperties properties;

    AdminTokenInterceptor(AccessProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!ApiKeySecrets.matches(request.getHeader(HEADER), properties.adminToken())) {
            throw ApiKeyRefused.wrongAdminToken();
        }
        return true;
    }
}
