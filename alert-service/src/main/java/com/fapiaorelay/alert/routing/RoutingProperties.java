package com.fapiaorelay.alert.routing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Routing: {@code fapiao.alert.routing.*}. The first matching route of {@code routes} wins; a group no route
 * matches goes to {@code defaultChannels}, every enabled channel when that is empty.
 */
@ConfigurationProperties("fapiao.alert.routing")
record RoutingProperties(
        @DefaultValue List<Route> routes, @DefaultValue List<String> defaultChannels) {

    RoutingProperties {
        routes = List.copyOf(routes);
        defaultChannels = List.copyOf(defaultChannels);
        Set<String> names = new HashSet<>(Set.of(Route.DEFAULT));
        for (Route route : routes) {
            if (!names.add(route.name())) {
                throw new IllegalArgumentException("Route names must be unique and not 'default': " + route.name());
            }
        }
    }
}
