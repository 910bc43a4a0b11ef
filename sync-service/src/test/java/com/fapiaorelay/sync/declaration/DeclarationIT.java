package com.fapiaorelay.sync.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.ErpTotalsDeclared;
import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.TopicRecorder;
import com.fapiaorelay.sync.UploadServiceStub;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An ERP declares what it issued; sync-service compares it with what the ledger received, names the gap and the
 * invoices that never arrived, and closes both when they come. Everything through the real broker and database.
 */
class DeclarationIT extends SyncIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 18);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final SellerDay seller = SellerDay.fresh(DAY);
    private final String erpKey = UploadServiceStub.grant(seller.sellerTaxId());

    @Test
    void declaredThousandReceivedNineHundredNinetySevenNamesTheThreeAndClosesWhenTheyArrive() {
        List<Invoice> issued = IntStream.range(0, 1_000)
                .mapToObj(second -> seller.issuedAtSecond(3_600 + second))
                .toList();
        List<Invoice> lost = List.of(issued.get(7), issued.get(500), issued.get(999));
        publishPending(
                issued.stream().filter(invoice -> !lost.contains(invoice)).toList());
        await().atMost(PATIENCE).until(() -> sellerTotal() == 997);

        Answer declared = declareAsErp(declaration(issued, true));

        assertThat(declared.status()).isEqualTo(202);
        assertThat(declared.body().path("status").asString()).isEqualTo("PENDING");
        JsonNode gap = await().atMost(PATIENCE).until(this::latestGapAnomaly, anomaly -> anomaly != null);
        assertThat(gap.path("resolved").asBoolean()).isFalse();
        assertThat(gap.path("severity").asString()).isEqualTo("CRITICAL");
        assertThat(gap.path("sellerTaxId").asString()).isEqualTo(seller.sellerTaxId());
        assertThat(gap.path("summary").asString())
                .contains(
                        seller.sellerTaxId(),
                        DAY.toString(),
                        "ERP 声明 1,000 张，收到 997 张",
                        "declared 1,000 invoices, 997 received");
        assertThat(gap.path("detail").asString()).contains(numbers(lost));
        assertThat(notReceivedInTheLedger()).containsExactlyInAnyOrderElementsOf(numbers(lost));
        JsonNode missing = ledger(lost.get(0).key()).body();
        assertThat(missing.path("state").asString()).isEqualTo("NOT_RECEIVED");
        assertThat(missing.path("reasonCode").asString()).isEqualTo("DECLARED_NOT_RECEIVED");
        JsonNode stored = declarationOfTheDay();
        assertThat(stored.path("status").asString()).isEqualTo("GAP");
        assertThat(stored.path("receivedCount").asLong()).isEqualTo(997);
        assertThat(stored.path("declared").path("invoiceNumbers").size())
                .as("a list leaves the declared numbers out")
                .isZero();
        assertThat(stored.path("missingNumbers").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(numbers(lost));

        publishPending(lost);

        await().atMost(PATIENCE)
                .until(() -> lost.stream().allMatch(i -> stateOf(i.key()).equals("UPLOAD_PENDING")));
        assertThat(timelineStates(ledger(lost.get(0).key()).body())).containsExactly("NOT_RECEIVED", "UPLOAD_PENDING");
        JsonNode closed = await().atMost(PATIENCE)
                .until(
                        this::latestGapAnomaly,
                        anomaly -> anomaly.path("resolved").asBoolean());
        assertThat(closed.path("fingerprint").asString())
                .isEqualTo(gap.path("fingerprint").asString());
        assertThat(declarationOfTheDay().path("status").asString()).isEqualTo("MATCHED");
        assertThat(notReceivedInTheLedger()).isEmpty();
    }

    @Test
    void dayDeclaredByKafkaWithoutNumbersReportsTheShortfallAndClosesOnArrival() {
        List<Invoice> issued = IntStream.range(0, 5)
                .mapToObj(second -> seller.issuedAtSecond(7_200 + second))
                .toList();
        publishPending(issued.subList(0, 4));
        await().atMost(PATIENCE).until(() -> sellerTotal() == 4);

        publishDeclaration(declaration(issued, false));

        JsonNode gap = await().atMost(PATIENCE).until(this::latestGapAnomaly, anomaly -> anomaly != null);
        assertThat(gap.path("summary").asString()).contains("ERP 声明 5 张，收到 4 张");
        assertThat(notReceivedInTheLedger()).isEmpty();

        publishPending(issued.subList(4, 5));

        await().atMost(PATIENCE)
                .until(
                        this::latestGapAnomaly,
                        anomaly -> anomaly.path("resolved").asBoolean());
    }

    @Test
    void declarationThatMatchesRaisesNothing() {
        List<Invoice> issued = List.of(seller.issuedAtSecond(100), seller.issuedAtSecond(200));
        publishPending(issued);
        await().atMost(PATIENCE).until(() -> sellerTotal() == 2);

        declareAsErp(declaration(issued, true));

        await().atMost(PATIENCE)
                .until(() -> declarationOfTheDay().path("status").asString().equals("MATCHED"));
        assertThat(TopicRecorder.on(Topics.ANOMALIES, fingerprint())).isEmpty();
    }

    @Test
    void hostileDeclarationIsDeadLetteredAndTheOneBehindItStillCounts() {
        Invoice invoice = seller.issuedAtSecond(300);
        publishPending(List.of(invoice));
        await().atMost(PATIENCE).until(() -> sellerTotal() == 1);
        ObjectNode hostile = FapiaoJson.mapper().valueToTree(declaration(List.of(invoice), false));
        hostile.put("totalAmount", "1E+99999999");

        publishRawDeclaration(hostile.toString());
        publishDeclaration(declaration(List.of(invoice), false));

        await().atMost(PATIENCE)
                .until(
                        () -> TopicRecorder.rawOn(Topics.ERP_DECLARATIONS + "-dlt", seller.sellerTaxId()),
                        dead -> !dead.isEmpty());
        await().atMost(PATIENCE)
                .until(() -> declarationOfTheDay().path("status").asString().equals("MATCHED"));
    }

    @Test
    void whatTheTaxSystemHoldsAndNobodyDeclaredShowsBesideTheDeclarationOnceReconciled() {
        SellerDay recent = SellerDay.fresh(BusinessDays.today(Clock.systemUTC()).minusDays(2));
        Invoice elsewhere = recent.issuedAtSecond(3_600);
        Invoice otherChannel = recent.issuedAtSecond(7_200);
        assertThat(uploadToTaxSystem(elsewhere).outcome()).isEqualTo(UploadOutcome.ACCEPTED);
        assertThat(uploadToTaxSystem(otherChannel).outcome()).isEqualTo(UploadOutcome.ACCEPTED);
        ErpTotalsDeclared declared = ErpTotalsDeclared.of(
                "kingdee-beijing",
                recent.sellerTaxId(),
                recent.day(),
                null,
                1,
                elsewhere.totalAmount(),
                elsewhere.totalTax(),
                List.of(elsewhere.invoiceNumber()));
        assertThat(post("/api/v1/declarations", FapiaoJson.mapper().writeValueAsString(declared))
                        .status())
                .isEqualTo(202);
        await().atMost(PATIENCE).until(() -> stateOf(elsewhere.key()).equals("NOT_RECEIVED"));
        assertThat(declarationOf(recent).path("taxSideOnly").valueStream()).isEmpty();

        Answer started = post(
                "/api/v1/reconciliations",
                "{\"sellerTaxId\":\"" + recent.sellerTaxId() + "\",\"day\":\"" + recent.day() + "\"}");
        String run = "/api/v1/reconciliations/" + started.body().path("id").asLong();
        await().atMost(PATIENCE)
                .until(() ->
                        get(run).body().path("run").path("status").asString().equals("COMPLETED"));

        assertThat(get(run).body().path("discrepancies").valueStream())
                .map(found -> found.path("kind").asString() + " "
                        + found.path("key").path("invoiceNumber").asString())
                .containsExactlyInAnyOrder(
                        "UNKNOWN_TO_US " + elsewhere.invoiceNumber(), "UNKNOWN_TO_US " + otherChannel.invoiceNumber());
        assertThat(declarationOf(recent).path("taxSideOnly").valueStream().map(JsonNode::asString))
                .containsExactly(otherChannel.invoiceNumber());
    }

    @Test
    void restRefusesAnotherSellersDeclarationAndAnInconsistentOne() {
        SellerDay other = SellerDay.fresh(DAY);
        ErpTotalsDeclared foreign = ErpTotalsDeclared.of(
                "erp", other.sellerTaxId(), DAY, null, 1, new BigDecimal("1.00"), BigDecimal.ZERO, null);
        Map<String, Object> inconsistent = Map.of(
                "sellerTaxId",
                seller.sellerTaxId(),
                "day",
                DAY.toString(),
                "invoiceCount",
                3,
                "totalAmount",
                "1.00",
                "totalTax",
                "0.00",
                "invoiceNumbers",
                List.of("26117000000212340001"));

        assertThat(declareAsErp(foreign).status()).isEqualTo(403);
        Answer refused = declareAsErp(inconsistent);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("type").asString()).endsWith("/declaration-invalid");
        assertThat(refused.body().path("findings").path(0).path("code").asString())
                .isEqualTo("EVENT_DECLARATION_COUNT");
        assertThat(refused.body().path("findings").path(0).path("field").asString())
                .isEqualTo("invoiceCount");
    }

    private ErpTotalsDeclared declaration(List<Invoice> issued, boolean listNumbers) {
        return ErpTotalsDeclared.of(
                "kingdee-beijing",
                seller.sellerTaxId(),
                DAY,
                null,
                issued.size(),
                sum(issued, Invoice::totalAmount),
                sum(issued, Invoice::totalTax),
                listNumbers ? numbers(issued) : null);
    }

    private void publishPending(List<Invoice> invoices) {
        invoices.forEach(invoice -> kafka.send(
                Topics.INVOICES_STATUS,
                invoice.key().toString(),
                FapiaoJson.mapper()
                        .writeValueAsString(InvoiceStatusChanged.of(
                                UPLOAD_SERVICE,
                                invoice.key(),
                                InvoiceState.UPLOAD_PENDING,
                                1,
                                null,
                                null,
                                null,
                                InvoiceFigures.of(invoice)))));
        kafka.flush();
    }

    private void publishDeclaration(ErpTotalsDeclared declared) {
        publishRawDeclaration(FapiaoJson.mapper().writeValueAsString(declared));
    }

    private void publishRawDeclaration(String json) {
        try {
            kafka.send(Topics.ERP_DECLARATIONS, seller.sellerTaxId(), json).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the declaration", e);
        }
    }

    private Answer declareAsErp(Object body) {
        return send(request("/api/v1/declarations")
                .header("X-Api-Key", erpKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(FapiaoJson.mapper().writeValueAsString(body)))
                .build());
    }

    private long sellerTotal() {
        return get("/api/v1/invoices/counts?sellerTaxId=" + seller.sellerTaxId())
                .body()
                .path("total")
                .asLong();
    }

    private List<String> notReceivedInTheLedger() {
        return get("/api/v1/invoices?state=NOT_RECEIVED&limit=500&sellerTaxId=" + seller.sellerTaxId())
                .body()
                .path("items")
                .valueStream()
                .map(item -> item.path("invoiceNumber").asString())
                .toList();
    }

    private JsonNode declarationOfTheDay() {
        return declarationOf(seller);
    }

    private JsonNode declarationOf(SellerDay declaring) {
        return get("/api/v1/declarations?sellerTaxId=" + declaring.sellerTaxId())
                .body()
                .path(0);
    }

    private String fingerprint() {
        return "DECLARED_TOTALS_GAP:" + seller.sellerTaxId() + ":day:" + DAY;
    }

    private JsonNode latestGapAnomaly() {
        List<JsonNode> anomalies = TopicRecorder.on(Topics.ANOMALIES, fingerprint());
        return anomalies.isEmpty() ? null : anomalies.get(anomalies.size() - 1);
    }

    private static List<String> numbers(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::invoiceNumber).toList();
    }

    private static BigDecimal sum(List<Invoice> invoices, Function<Invoice, BigDecimal> figure) {
        return invoices.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
