package com.fapiaorelay.console.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one name, that name is refused, before its
 * password is even checked, until {@code lockout} has passed since the last failure. Counts live in memory, bounded,
 * so a flood of made-up names cannot exhaust it; a restart forgets them.
 */
@Component
class LogInThrottle implements UserDetailsChecker {

    static final int MAX_NAMES = 100_000;

    private final int maxFailures;
    private final Cache<String, AtomicInteger> failures;

    LogInThrottle(ConsoleProperties properties) {
        this.maxFailures = properties.logInThrottle().maxFailures();
        this.failures = Caffeine.newBuilder()
                .maximumSize(MAX_NAMES)
                .expireAfterWrite(properties.logInThrottle().lockout())
                .build();
    }

    @Override
    public void check(UserDetails user) {
        AtomicInteger count = failures.getIfPresent(user.getUsername());
        if (count != null && count.get() >= maxFailures) {
            throw new LockedException("too many failed log-ins; try again later");
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        failures.asMap().compute(name, (key, count) -> {
            AtomicInteger counted = count == null ? new AtomicInteger() : count;
            counted.incrementAndGet();
            return counted;
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.invalidate(event.getAuthentication().getName());
    }
}
