package com.fapiaorelay.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

class TwoInstancesIT extends IntegrationTest {

    private static final int GROUPS = 30;

    @Autowired
    MeterRegistry meters;

    ConfigurableApplicationContext second;

    @BeforeEach
    void startSecondInstance() {
        second = AlertServiceApplication.application().run(secondInstanceArguments());
    }

    @AfterEach
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void twoInstancesDeliverEveryGroupMessageExactlyOnce() {
        double deliveredByFirstBefore = delivered(meters);
        List<AnomalyRaised> anomalies = IntStream.range(0, GROUPS)
                .mapToObj(i -> missing(newSeller(), "241170000002123510%02d".formatted(i)))
                .toList();

        publish(anomalies.toArray(AnomalyRaised[]::new));

        await().atMost(Duration.ofSeconds(40))
                .until(() -> anomalies.stream()
                        .allMatch(a -> !receiver.received(WEBHOOK, a.sellerTaxId())
                                        .isEmpty()
                                && !receiver.received(WECOM, a.sellerTaxId()).isEmpty()));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> anomalies.stream()
                        .allMatch(a -> receiver.received(WEBHOOK, a.sellerTaxId())
                                                .size()
                                        == 1
                                && receiver.received(WECOM, a.sellerTaxId()).size() == 1));
        assertThat(delivered(second.getBean(MeterRegistry.class)))
                .as("second instance delivered")
                .isPositive();
        assertThat(delivered(meters)).as("first instance delivered").isGreaterThan(deliveredByFirstBefore);
    }

    private static double delivered(MeterRegistry registry) {
        return registry.find("fapiao.alert.deliveries").tag("outcome", "delivered").counters().stream()
                .mapToDouble(counter -> counter.count())
                .sum();
    }

    private static String[] secondInstanceArguments() {
        SharedInfrastructure.Infrastructure infrastructure = SharedInfrastructure.get();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=dev",
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.datasource.url=" + infrastructure.jdbcUrl("alert"),
                "--spring.datasource.username=" + infrastructure.username(),
                "--spring.datasource.password=" + infrastructure.password(),
                "--spring.flyway.schemas=alert"));
        settings().forEach((name, value) -> arguments.add("--" + name + "=" + value.get()));
        return arguments.toArray(String[]::new);
    }
}
