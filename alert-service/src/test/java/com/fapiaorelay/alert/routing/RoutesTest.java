package com.fapiaorelay.alert.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutesTest {

    private static final String SELLER = "91110108MA01AB3CX1";

    private final Routes routes = new Routes(new RoutingProperties(
            List.of(
                    route("vip-seller", List.of(), List.of(), List.of(SELLER), List.of("dingtalk"), null, false),
                    route(
                            "critical-missing",
                            List.of("MISSING"),
                            List.of(Severity.CRITICAL),
                            List.of(),
                            List.of("wecom"),
                            Duration.ofMinutes(15),
                            false),
                    route("leads", List.of(), List.of(), List.of(), List.of("email"), null, true)),
            List.of("webhook")));

    @Test
    void firstMatchingRouteWinsBySellerThenTypeAndSeverity() {
        assertThat(routes.routeFor("MISSING", Severity.CRITICAL, SELLER).name()).isEqualTo("vip-seller");
        assertThat(routes.routeFor("MISSING", Severity.CRITICAL, "91110105MA7K2D9E6W")
                        .name())
                .isEqualTo("critical-missing");
    }

    @Test
    void unmatchedGroupsTakeTheDefaultRouteAndEscalationOnlyRoutesMatchNothing() {
        Route route = routes.routeFor("MISSING", Severity.WARNING, "91110105MA7K2D9E6W");

        assertThat(route.name()).isEqualTo(Route.DEFAULT);
        assertThat(route.channelsAmong(List.of("email", "webhook"))).containsExactly("webhook");
    }

    @Test
    void escalatingRouteEscalatesToTheNextRoute() {
        assertThat(routes.escalationOf("critical-missing")).map(Route::name).contains("leads");
        assertThat(routes.escalationOf("vip-seller")).isEmpty();
        assertThat(routes.escalationOf("leads")).isEmpty();
    }

    @Test
    void routeWithoutChannelsReachesEveryEnabledChannelAndNamedOnesOnlyIfEnabled() {
        Route everywhere = route("all", List.of(), List.of(), List.of(), List.of(), null, false);
        Route named = route("named", List.of(), List.of(), List.of(), List.of("wecom", "email"), null, false);

        assertThat(everywhere.channelsAmong(List.of("webhook", "wecom"))).containsExactly("webhook", "wecom");
        assertThat(named.channelsAmong(List.of("webhook", "wecom"))).containsExactly("wecom");
    }

    @Test
    void duplicateRouteNamesAreRefused() {
        Route one = route("same", List.of(), List.of(), List.of(), List.of(), null, false);

        assertThatThrownBy(() -> new RoutingProperties(List.of(one, one), List.of()))
                .hasMessageContaining("unique");
    }

    private static Route route(
            String name,
            List<String> types,
            List<Severity> severities,
            List<String> sellers,
            List<String> channels,
            Duration escalateAfter,
            boolean escalationOnly) {
        return new Route(name, types, severities, sellers, channels, escalateAfter, escalationOnly);
    }
}
