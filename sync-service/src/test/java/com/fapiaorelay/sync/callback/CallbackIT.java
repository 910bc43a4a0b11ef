package com.fapiaorelay.sync.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.TopicRecorder;
import com.fapiaorelay.sync.UploadServiceStub;
import com.fapiaorelay.sync.callback.CallbackReceiver.Taken;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class CallbackIT extends SyncIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);
    private static final String SECRET = "an-erp-secret-of-32-characters!!";
    private static final List<InvoiceState> LIFE = List.of(
            InvoiceState.RECEIVED, InvoiceState.UPLOAD_PENDING, InvoiceState.OUTCOME_UNKNOWN, InvoiceState.REJECTED);

    @Autowired
    DeliveryRows deliveries;

    @Autowired
    JdbcClient jdbc;

    private final SellerDay seller = SellerDay.fresh(DAY);
    private final String key = UploadServiceStub.grant(seller.sellerTaxId());

    @Test
    void aReceiverThatFailsForAWhileGetsEveryChangeSignedAndInVersionOrderAfterwards() {
        try (var receiver = CallbackReceiver.failingFirst(6)) {
            String id = register(key, receiver, seller.sellerTaxId());
            List<Invoice> invoices =
                    IntStream.range(0, 3).mapToObj(seller::issuedAtSecond).toList();

            LIFE.forEach(state -> invoices.forEach(invoice -> publish(invoice, state)));

            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.taken().size() >= 12);
            assertThat(receiver.refused()).isEqualTo(6);
            for (Invoice invoice : invoices) {
                List<Taken> itsChanges = receiver.taken().stream()
                        .filter(taken -> taken.invoiceNumber().equals(invoice.invoiceNumber()))
                        .toList();
                assertThat(itsChanges.stream()
                                .map(taken -> taken.change().path("version").asLong()))
                        .containsExactly(1L, 2L, 3L, 4L);
                assertThat(itsChanges.stream()
                                .map(taken -> taken.change().path("state").asString()))
                        .containsExactlyElementsOf(LIFE.stream().map(Enum::name).toList());
            }
            receiver.taken().forEach(CallbackIT::assertSignedWithTheSecret);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> asKey(key, "/api/v1/callbacks/" + id)
                                    .body()
                                    .path("pending")
                                    .asLong()
                            == 0);
        }
    }

    @Test
    void anotherErpsKeyCanNeitherRegisterNorSeeNorReplayThisErpsSellers() {
        SellerDay otherSeller = SellerDay.fresh(DAY);
        String otherKey = UploadServiceStub.grant(otherSeller.sellerTaxId());
        try (var ours = CallbackReceiver.failingFirst(0);
                var theirs = CallbackReceiver.failingFirst(0)) {
            String id = register(key, ours, seller.sellerTaxId());
            String theirId = register(otherKey, theirs, otherSeller.sellerTaxId());

            assertThat(postAsKey(otherKey, "/api/v1/callbacks", registration(theirs, seller.sellerTaxId()))
                            .status())
                    .isEqualTo(403);
            assertThat(asKey(otherKey, "/api/v1/callbacks")
                            .body()
                            .valueStream()
                            .map(view -> view.path("id").asString()))
                    .containsExactly(theirId);
            assertThat(asKey(otherKey, "/api/v1/callbacks/" + id).status()).isEqualTo(404);
            assertThat(asKey(otherKey, "/api/v1/callbacks/" + id + "/dead-letters")
                            .status())
                    .isEqualTo(404);
            assertThat(postAsKey(otherKey, "/api/v1/callbacks/" + id + "/dead-letters/replay", "")
                            .status())
                    .isEqualTo(404);

            publish(seller.issuedAtSecond(60), InvoiceState.RECEIVED);
            publish(otherSeller.issuedAtSecond(60), InvoiceState.RECEIVED);

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> ours.taken().size() == 1 && theirs.taken().size() == 1);
            assertThat(theirs.taken().get(0).change().path("sellerTaxId").asString())
                    .isEqualTo(otherSeller.sellerTaxId());
            assertThat(get("/api/v1/callbacks")
                            .body()
                            .valueStream()
                            .map(view -> view.path("id").asString()))
                    .contains(id, theirId);
        }
    }

    @Test
    void changesTheReceiverNeverTookAreDeadLetteredAndReplayed() {
        try (var receiver = CallbackReceiver.failingFirst(Integer.MAX_VALUE)) {
            String id = register(key, receiver, seller.sellerTaxId());
            Invoice invoice = seller.issuedAtSecond(120);

            publish(invoice, InvoiceState.RECEIVED);

            String deadLetters = "/api/v1/callbacks/" + id + "/dead-letters";
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> asKey(key, deadLetters).body().size() == 1);
            var dead = asKey(key, deadLetters).body().get(0);
            assertThat(dead.path("attempts").asInt()).isEqualTo(8);
            assertThat(dead.path("lastError").asString()).isEqualTo("HTTP 503");
            assertThat(dead.path("change").path("invoiceNumber").asString()).isEqualTo(invoice.invoiceNumber());
            assertThat(receiver.taken()).isEmpty();
            JsonNode raised = await().atMost(Duration.ofSeconds(30))
                    .until(() -> deadLetterAnomalies(id), anomalies -> !anomalies.isEmpty())
                    .get(0);
            assertThat(raised.path("resolved").asBoolean()).isFalse();
            assertThat(raised.path("anomalyType").asString()).isEqualTo("CALLBACK_DEAD_LETTERS");
            assertThat(raised.path("summary").asString())
                    .contains("的回调 localhost 有 1 条状态变更未能送达", "callback to localhost: 1 status changes dead-lettered");
            assertThat(raised.path("detail").asString())
                    .contains("last error: HTTP 503", "POST /api/v1/callbacks/" + id + "/dead-letters/replay");

            receiver.recover();
            assertThat(postAsKey(key, deadLetters + "/replay", "")
                            .body()
                            .path("replayed")
                            .asInt())
                    .isEqualTo(1);

            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.taken().size() == 1);
            assertThat(asKey(key, deadLetters).body().size()).isZero();
            List<JsonNode> announced =
                    await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterAnomalies(id), a -> a.size() >= 2);
            assertThat(announced).hasSize(2);
            assertThat(announced.get(1).path("resolved").asBoolean())
                    .as("the replay resolves the alarm")
                    .isTrue();
        }
    }

    @Test
    void aReceiverOnAnInternalAddressIsRefusedWithTheFix() {
        Answer refused = postAsKey(
                key,
                "/api/v1/callbacks",
                "{\"url\":\"https://169.254.169.254/latest/meta-data\",\"secret\":\"" + SECRET
                        + "\",\"sellerTaxIds\":[\"" + seller.sellerTaxId() + "\"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("code").asString()).isEqualTo("url-host-internal");
        assertThat(refused.body().path("field").asString()).isEqualTo("url");
        assertThat(refused.body().path("detail").asString())
                .contains("回调主机 169.254.169.254 是本机、内网或链路本地地址", "is a loopback, private, link-local");
        assertThat(refused.body().path("fix").asString()).contains("allowed-internal-hosts");
    }

    private static List<JsonNode> deadLetterAnomalies(String subscriptionId) {
        return TopicRecorder.on(Topics.ANOMALIES, "CALLBACK_DEAD_LETTERS:" + subscriptionId);
    }

    @Test
    void aChangeTheReceiverRefusesWaitsAloneWhileOtherInvoicesChangesGoOn() {
        try (var receiver = CallbackReceiver.failingFirst(0)) {
            String id = register(key, receiver, seller.sellerTaxId());
            Invoice refused = seller.issuedAtSecond(240);
            Invoice taken = seller.issuedAtSecond(241);
            receiver.refuseInvoice(refused.invoiceNumber());

            publish(refused, InvoiceState.RECEIVED);
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.refused() >= 2);
            publish(taken, InvoiceState.RECEIVED);
            publish(taken, InvoiceState.UPLOAD_PENDING);

            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.taken().size() == 2);
            assertThat(receiver.taken().stream().map(Taken::invoiceNumber)).containsOnly(taken.invoiceNumber());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> asKey(key, "/api/v1/callbacks/" + id + "/dead-letters")
                            .body()
                            .path(0)
                            .path("lastError")
                            .asString()
                            .equals("HTTP 400"));
        }
    }

    @Test
    void deliveredChangesAreForgottenAfterTheRetentionAndPendingOnesAreKept() {
        try (var taking = CallbackReceiver.failingFirst(0);
                var down = CallbackReceiver.failingFirst(Integer.MAX_VALUE)) {
            String delivered = register(key, taking, seller.sellerTaxId());
            String waiting = register(key, down, seller.sellerTaxId());
            publish(seller.issuedAtSecond(180), InvoiceState.RECEIVED);
            await().atMost(Duration.ofSeconds(60)).until(() -> taking.taken().size() == 1 && down.refused() > 0);

            deliveries.forgetDelivered(OffsetDateTime.now().plusDays(8), 10_000);

            assertThat(queued(delivered)).isZero();
            assertThat(queued(waiting)).isEqualTo(1);
        }
    }

    @Test
    void registrationsWithoutSellersOrWithAShortSecretOrABadUrlAreRefused() {
        String seller = this.seller.sellerTaxId();
        assertThat(postAsKey(
                                key,
                                "/api/v1/callbacks",
                                "{\"url\":\"http://localhost:1/x\",\"secret\":\"" + SECRET + "\",\"sellerTaxIds\":[]}")
                        .body()
                        .path("field")
                        .asString())
                .isEqualTo("sellerTaxIds");
        assertThat(postAsKey(
                                key,
                                "/api/v1/callbacks",
                                "{\"url\":\"http://localhost:1/x\",\"secret\":\"short\"," + "\"sellerTaxIds\":[\""
                                        + seller + "\"]}")
                        .body()
                        .path("field")
                        .asString())
                .isEqualTo("secret");
        assertThat(postAsKey(
                                key,
                                "/api/v1/callbacks",
                                "{\"url\":\"ftp://localhost/x\",\"secret\":\"" + SECRET + "\",\"sellerTaxIds\":[\""
                                        + seller + "\"]}")
                        .status())
                .isEqualTo(400);
    }

    private long queued(String subscriptionId) {
        return jdbc.sql("SELECT count(*) FROM callback_delivery WHERE subscription_id = :id::uuid")
                .param("id", subscriptionId)
                .query(Long.class)
                .single();
    }

    private String register(String apiKey, CallbackReceiver receiver, String sellerTaxId) {
        Answer created = postAsKey(apiKey, "/api/v1/callbacks", registration(receiver, sellerTaxId));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().has("secret")).isFalse();
        return created.body().path("id").asString();
    }

    private static String registration(CallbackReceiver receiver, String sellerTaxId) {
        return "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + SECRET + "\",\"sellerTaxIds\":[\"" + sellerTaxId
                + "\"]}";
    }

    private void publish(Invoice invoice, InvoiceState state) {
        publishState(invoice, state, LIFE.indexOf(state) + 1);
    }

    /** As the ERP checks it, with fapiao-client's verifier (written apart from our signing code). */
    private static void assertSignedWithTheSecret(Taken taken) {
        assertThat(com.fapiaorelay.client.CallbackSignature.verify(
                        SECRET, taken.timestamp(), taken.signature(), taken.body()))
                .isTrue();
        assertThat(com.fapiaorelay.client.CallbackSignature.verify(
                        "another-secret-of-32-characters!", taken.timestamp(), taken.signature(), taken.body()))
                .isFalse();
        assertThat(new String(taken.body(), StandardCharsets.UTF_8)).contains("\"sellerTaxId\"");
    }
}
