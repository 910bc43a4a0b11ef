package com.fapiaorelay.console.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services are, the key the console signs people's tokens for them with ({@code user-token-key}, the
 * services hold the same), the local users, and how failed log-ins are throttled. Passwords are stored as
 * {@code {bcrypt}} hashes; the trial users in {@code console.yml}'s dev profile only suit a developer's machine.
 */
@ConfigurationProperties("fapiao.console")
public record ConsoleProperties(
        @DefaultValue("http://localhost:8081") URI uploadUrl,
        @DefaultValue("http://localhost:8082") URI syncUrl,
        @DefaultValue("http://localhost:8083") URI alertUrl,
        String userTokenKey,
        List<LocalUser> users,
        @DefaultValue LogInThrottle logInThrottle) {

    public ConsoleProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** One person who may log in: the name the audit log shows, a password hash, and roles. */
    public record LocalUser(String username, String password, List<Role> roles) {}

    /** After {@code maxFailures} failed log-ins of one name within {@code lockout}, that name waits out the lockout. */
    public record LogInThrottle(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration lockout) {}
}
