package com.fapiaorelay.alert.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.Api;
import com.fapiaorelay.alert.Api.Response;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.testsupport.TestCredentials;
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

        Api wangWei = Api.as(port, TestCredentials.person(Api.SERVICE, "wang.wei", "REVIEWER"));
        Response ended = wangWei.post("/api/v1/silences/" + id + "/end", "{\"by\":\"forged.name\"}");
        Response endedAgain = wangWei.post("/api/v1/silences/" + id + "/end", "{}");

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
    void silenceWithoutMatcherOrCommentIsABadRequestProblem() {
        String endsAt = OffsetDateTime.now().plusHours(1).toString();

        Response noMatcher =
                api.post("/api/v1/silences", "{\"endsAt\":\"" + endsAt + "\",\"comment\":\"maintenance\"}");
        Response noComment =
                api.post("/api/v1/silences", "{\"anomalyType\":\"MISSING\",\"endsAt\":\"" + endsAt + "\"}");

        assertThat(noMatcher.status()).isEqualTo(400);
        assertThat(noMatcher.json().get("detail").asString()).contains("matcher");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().get("detail").asString()).contains("comment");
    }

    @Test
    void silenceLongerThanTheMaximumIsRefused() {
        String endsAt = OffsetDateTime.now().plusHours(25).toString();

        Response tooLong = api.post("/api/v1/silences", """
                {"severity":"CRITICAL","endsAt":"%s","comment":"weekend"}""".formatted(endsAt));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).contains("PT24H");
    }

    @Test
    void silencesAreForReviewersOnly() {
        Api operator = Api.as(port, TestCredentials.person(Api.SERVICE, "zhang.op", "OPERATOR"));
        String endsAt = OffsetDateTime.now().plusHours(1).toString();

        Response refused = operator.post("/api/v1/silences", """
                {"severity":"CRITICAL","endsAt":"%s","comment":"noise"}""".formatted(endsAt));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(operator.get("/api/v1/silences").status()).isEqualTo(200);
    }

    /** Creates a silence as {@code by}; a different name in the body changes nothing. */
    private Response create(String seller, String by) {
        String endsAt = OffsetDateTime.now().plusHours(1).toString();
        return Api.as(port, TestCredentials.person(Api.SERVICE, by, "REVIEWER"))
                .post("/api/v1/silences", """
                {"sellerTaxId":"%s","endsAt":"%s","comment":"maintenance","by":"forged.name"}""".formatted(seller, endsAt));
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
