package com.fapiaorelay.console.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Log-ins and failed log-ins belong in the audit log too. */
@Component
class LogInAuditor {

    private final AuditRows trail;

    LogInAuditor(AuditRows trail) {
        this.trail = trail;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        trail.record(event.getAuthentication().getName(), "LOGIN", null, null);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        trail.record(
                event.getAuthentication().getName(),
                "LOGIN_REFUSED",
                null,
                event.getException().getClass().getSimpleName());
    }
}
