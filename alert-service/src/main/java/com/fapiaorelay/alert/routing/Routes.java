package com.fapiaorelay.alert.routing;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The facade delivery asks: which route a group takes, and which route a route escalates to. */
@Component
public class Routes {

    private final List<Route> routes;
    private final Route fallback;

    Routes(RoutingProperties properties) {
        this.routes = properties.routes();
        this.fallback = Route.fallback(properties.defaultChannels());
    }

    public Route routeFor(String anomalyType, Severity severity, String sellerTaxId) {
        return routes.stream()
                .filter(route -> route.matches(anomalyType, severity, sellerTaxId))
                .findFirst()
                .orElse(fallback);
    }

    /** The route that follows {@code name} in the list, if the named route escalates and one follows. */
    public Optional<Route> escalationOf(String name) {
        for (int i = 0; i < routes.size() - 1; i++) {
            if (routes.get(i).name().equals(name) && routes.get(i).escalates()) {
                return Optional.of(routes.get(i + 1));
            }
        }
        return Optional.empty();
    }

    public Optional<Route> named(String name) {
        return Route.DEFAULT.equals(name)
                ? Optional.of(fallback)
                : routes.stream().filter(route -> route.name().equals(name)).findFirst();
    }
}
