package com.fapiaorelay.sync.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Hands the controllers the {@link Caller} behind an authenticated request: an ERP's key with its sellers, or a
 * person or service (who read every seller) under the name they authenticated with.
 */
@Component
class CallerInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authenticated = SecurityContextHolder.getContext().getAuthentication();
        Caller caller =
                authenticated.getPrincipal() instanceof Caller erp ? erp : Caller.everySeller(authenticated.getName());
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return true;
    }
}
