package com.fapiaorelay.kit.auth;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A service's table of who may call what, first match wins; a request matching none is refused to everyone. The
 * service declares it as a bean; the same table guards the requests and lets a test walk every endpoint.
 */
public record EndpointRoles(List<EndpointRole> table) {

    public EndpointRoles {
        table = List.copyOf(table);
    }

    public static EndpointRoles of(EndpointRole... rows) {
        return new EndpointRoles(List.of(rows));
    }

    /** The row that guards a request, or empty when none does (the request is then refused). */
    public Optional<EndpointRole> guarding(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return table.stream()
                .filter(row -> row.method() == null || row.method().equals(method))
                .filter(row ->
                        PathPatternParser.defaultInstance.parse(row.pattern()).matches(container))
                .findFirst();
    }
}
