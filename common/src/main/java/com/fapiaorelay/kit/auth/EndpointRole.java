package com.fapiaorelay.kit.auth;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * The roles that may call the endpoints under {@code pattern} (a Spring path pattern) with {@code method}, null for
 * every method. A person's role includes those below it, so naming the lowest is enough.
 */
public record EndpointRole(HttpMethod method, String pattern, List<String> roles) {

    public EndpointRole {
        roles = List.copyOf(roles);
    }

    public static EndpointRole of(HttpMethod method, String pattern, String... roles) {
        return new EndpointRole(method, pattern, List.of(roles));
    }

    public static EndpointRole any(String pattern, String... roles) {
        return new EndpointRole(null, pattern, List.of(roles));
    }
}
