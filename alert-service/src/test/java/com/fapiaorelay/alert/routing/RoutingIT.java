package com.fapiaorelay.alert.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.Api;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

class RoutingIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(port);
    }

    @Test
    void unacknowledgedGroupEscalatesToTheNextRoutesChannels() {
        AnomalyRaised anomaly = anomaly(ESCALATING_TYPE, Severity.CRITICAL, newSeller(), "24117000000212349001");

        publish(anomaly);

        await().until(() -> !receiver.received(WEBHOOK, anomaly.sellerTaxId()).isEmpty());
        assertThat(deliveries(anomaly.groupKey())).containsExactly("FIRING webhook");
        await().atMost(Duration.ofSeconds(20)).until(() -> escalationMailAbout(anomaly.sellerTaxId()));
        assertThat(deliveries(anomaly.groupKey())).containsExactly("ESCALATED email", "FIRING webhook");
    }

    @Test
    void acknowledgedGroupDoesNotEscalate() {
        AnomalyRaised anomaly = anomaly(ESCALATING_TYPE, Severity.CRITICAL, newSeller(), "24117000000212349002");
        publish(anomaly);

        long id = await().until(
                        () -> api.get("/api/v1/alerts?seller=" + anomaly.sellerTaxId())
                                .json()
                                .at("/alerts/0/id"),
                        node -> !node.isMissingNode())
                .asLong();
        assertThat(api.post("/api/v1/alerts/" + id + "/acknowledge", "{}").status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !receiver.received(WEBHOOK, anomaly.sellerTaxId()).isEmpty());
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(6))
                .until(() -> deliveries(anomaly.groupKey()).equals(List.of("FIRING webhook")));
    }

    @Test
    void routesByTypeAndSeverityToTheRoutesChannelsOnly() {
        AnomalyRaised info = anomaly(INFO_TO_WECOM_TYPE, Severity.INFO, newSeller(), "24117000000212349003");
        AnomalyRaised critical = anomaly(INFO_TO_WECOM_TYPE, Severity.CRITICAL, newSeller(), "24117000000212349004");

        publish(info, critical);

        await().until(() -> !receiver.received(WECOM, info.sellerTaxId()).isEmpty()
                && !receiver.received(WEBHOOK, critical.sellerTaxId()).isEmpty());
        assertThat(deliveries(info.groupKey())).containsExactly("FIRING wecom");
        assertThat(deliveries(critical.groupKey())).contains("FIRING webhook", "FIRING wecom", "FIRING email");
    }

    private List<String> deliveries(String groupKey) {
        return jdbc.sql("""
                        SELECT d.kind || ' ' || d.channel FROM delivery d JOIN alert_group g ON g.id = d.group_id
                        WHERE g.group_key = ? ORDER BY 1""").param(groupKey).query(String.class).list();
    }

    private static boolean escalationMailAbout(String seller) {
        return Arrays.stream(mail.getReceivedMessages()).anyMatch(message -> {
            String subject = subjectOf(message);
            return subject.contains(seller) && subject.contains("[ESCALATED]");
        });
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
