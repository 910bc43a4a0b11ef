package com.fapiaorelay.alert.routing;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One routing rule: a group matches when every non-empty matcher list contains its value. {@code channels} empty
 * means every enabled channel. A group still unacknowledged {@code escalateAfter} later goes to the next route in
 * the list; an {@code escalationOnly} route is reached only that way.
 */
public record Route(
        String name,
        @DefaultValue List<String> types,
        @DefaultValue List<Severity> severities,
        @DefaultValue List<String> sellers,
        @DefaultValue List<String> channels,
        Duration escalateAfter,
        boolean escalationOnly) {

    public static final String DEFAULT = "default";

    public Route {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Every route in fapiao.alert.routing.routes needs a name");
        }
        if (escalateAfter != null && (escalateAfter.isNegative() || escalateAfter.isZero())) {
            throw new IllegalArgumentException("Route " + name + " needs a positive escalate-after");
        }
        types = List.copyOf(types);
        severities = List.copyOf(severities);
        sellers = List.copyOf(sellers);
        channels = List.copyOf(channels);
    }

    static Route fallback(List<String> channels) {
        return new Route(DEFAULT, List.of(), List.of(), List.of(), channels, null, false);
    }

    boolean matches(String type, Severity severity, String seller) {
        return !escalationOnly
                && (types.isEmpty() || types.contains(type))
                && (severities.isEmpty() || severities.contains(severity))
                && (sellers.isEmpty() || sellers.contains(seller));
    }

    public boolean escalates() {
        return escalateAfter != null;
    }

    /** Every enabled channel when the route names none. */
    public List<String> channelsAmong(List<String> enabled) {
        return channels.isEmpty()
                ? enabled
                : channels.stream().filter(enabled::contains).toList();
    }
}
