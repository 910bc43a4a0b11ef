package com.fapiaorelay.alert.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.Api;
import com.fapiaorelay.alert.Api.Response;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class SilenceIT extends IntegrationTest {

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
    void silencedSellerIsNotDeliveredWhileOthersAre() {
        AnomalyRaised silenced = missing(newSeller(), "24117000000212350001");
        AnomalyRaised heard = missing(newSeller(), "24117000000212350002");
        assertThat(create(silenced.sellerTaxId(), "li.na").status()).isEqualTo(201);

        publish(silenced, heard);

        await().until(() -> !receiver.received(WEBHOOK, heard.sellerTaxId()).isEmpty());
        await().until(() -> sealed(silenced.groupKey()));
        assertThat(deliveryCount(silenced.groupKey())).isZero();
        assertThat(receiver.received(WEBHOOK, silenced.sellerTaxId())).isEmpty();
    }

    @Test
    void silenceIsListedAndEndedWithWhoDidEach() {
        String seller = newSeller();
        long id = create(seller, "li.na").json().get("id").asLong();

        Response ended = api.post("/api/v1/silences/" + id + "/end", "{\"by\":\"wang.wei\"}");
        Response endedAgain = api.post("/api/v1/silences/" + id + "/end", "{\"by\":\"wang.wei\"}");

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("endedBy").asString()).isEqualTo("wang.wei");
        assertThat(endedAgain.status()).isEqualTo(409);
        JsonNode listed = api.get("/api/v1/silences")
                .json()
                .valueStream()
                .filter(silence -> silence.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("createdBy").asString()).isEqualTo("li.na");
        assertThat(listed.get("sellerTaxId").asString()).isEqualTo(seller);
        assertThat(api.get("/api/v1/silences?inForce=true")
                        .json()
                        .valueStream()
                        .noneMatch(silence -> silence.get("id").asLong() == id))
                .isTrue();
    }

    @Test
    void silenceWithoutMatcherOrActorIsABadRequestProblem() {
        String endsAt = OffsetDateTime.now().plusHours(1).toString();

        Response noMatcher = api.post("/api/v1/silences", "{\"endsAt\":\"" + endsAt + "\",\"by\":\"li.na\"}");
        Response noActor = api.post("/api/v1/silences", "{\"anomalyType\":\"MISSING\",\"endsAt\":\"" + endsAt + "\"}");

        assertThat(noMatcher.status()).isEqualTo(400);
        assertThat(noMatcher.json().get("detail").asString()).contains("matcher");
        assertThat(noActor.status()).isEqualTo(400);
    }

    private Response create(String seller, String by) {
        String endsAt = OffsetDateTime.now().plusHours(1).toString();
        return api.post("/api/v1/silences", """
                {"sellerTaxId":"%s","endsAt":"%s","comment":"maintenance","by":"%s"}""".formatted(seller, endsAt, by));
    }

    private boolean sealed(String groupKey) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM alert_group WHERE group_key = ? AND sealed)")
                .param(groupKey)
                .query(Boolean.class)
                .single();
    }

    private int deliveryCount(String groupKey) {
        return jdbc.sql("""
                        SELECT count(*) FROM delivery d JOIN alert_group g ON g.id = d.group_id
                        WHERE g.group_key = ?""").param(groupKey).query(Integer.class).single();
    }
}
