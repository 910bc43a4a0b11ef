package com.fapiaorelay.console.config;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services are, the tokens the console presents to them, and the local users. Passwords are stored as
 * {@code {bcrypt}} hashes; the defaults in {@code console.yml} only suit a developer's machine.
 */
@ConfigurationProperties("fapiao.console")
public record ConsoleProperties(
        @DefaultValue("http://localhost:8081") URI uploadUrl,
        @DefaultValue("http://localhost:8082") URI syncUrl,
        @DefaultValue("http://localhost:8083") URI alertUrl,
        @DefaultValue("fapiao-relay-dev-admin-token") String uploadAdminToken,
        @DefaultValue("fapiao-relay-dev-admin-token") String syncAdminToken,
        List<LocalUser> users) {

    public ConsoleProperties {
        users = users == null ? List.of() : List.copyOf(users);
        if (uploadAdminToken.length() < 16 || syncAdminToken.length() < 16) {
            throw new IllegalArgumentException("fapiao.console admin tokens must have at least 16 characters");
        }
    }

    /** One person who may log in: the name the audit log shows, a password hash, and roles. */
    public record LocalUser(String username, String password, List<Role> roles) {}
}
