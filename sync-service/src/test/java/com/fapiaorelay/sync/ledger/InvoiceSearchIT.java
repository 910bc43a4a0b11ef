package com.fapiaorelay.sync.ledger;

import static com.fapiaorelay.sync.ledger.UpstreamTestEvents.newSeller;
import static com.fapiaorelay.sync.ledger.UpstreamTestEvents.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.testsupport.TestInvoices;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reading the ledger: one invoice, searches, counts by state and the CSV export. */
class InvoiceSearchIT extends SyncIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void searchFindsAnInvoiceByItsNumberAlone() {
        Invoice invoice = TestInvoices.invoice();
        publish(upstream(invoice, InvoiceState.UPLOAD_PENDING, 1, null));
        await().atMost(PATIENCE).until(() -> stateOf(invoice.key()).equals("UPLOAD_PENDING"));

        JsonNode found =
                get("/api/v1/invoices?invoiceNumber=" + invoice.invoiceNumber()).body();

        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("sellerTaxId").asString()).isEqualTo(invoice.sellerTaxId());
    }

    @Test
    void unknownInvoiceAnswersProblemDetail404() {
        Answer answer = ledger(new InvoiceKey(TestInvoices.SELLER, "00000000000000000000"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("title").asString()).isEqualTo("Invoice not found");
        assertThat(answer.body().path("detail").asString()).contains("00000000000000000000");
    }

    @Test
    void countsInvoicesByStateForASellerAndPeriod() {
        String seller = newSeller();
        Invoice first = TestInvoices.invoice(seller, "10.00");
        publish(upstream(first, InvoiceState.REJECTED, 1, "E1001"));
        publish(upstream(TestInvoices.invoice(seller, "20.00"), InvoiceState.REJECTED, 1, "E1001"));
        Invoice last = TestInvoices.invoice(seller, "30.00");
        publish(upstream(last, InvoiceState.UPLOAD_FAILED, 1, null));
        // the days the invoices were issued on (China's calendar), not the test's "today": they differ from 00:00 to
        // 01:00 Beijing time, as the invoices are issued an hour ago
        String from = first.issuedAt().toLocalDate().toString();
        String to = last.issuedAt().toLocalDate().toString();

        await().atMost(PATIENCE)
                .until(() -> get("/api/v1/invoices/counts?sellerTaxId=" + seller)
                                .body()
                                .path("total")
                                .asInt()
                        == 3);
        JsonNode counts = get("/api/v1/invoices/counts?sellerTaxId=" + seller + "&from=" + from + "&to=" + to)
                .body();
        assertThat(counts.path("byState").path("REJECTED").asInt()).isEqualTo(2);
        assertThat(counts.path("byState").path("UPLOAD_FAILED").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/invoices/counts?sellerTaxId=" + seller + "&from=2000-01-01&to=2000-12-31")
                        .body()
                        .path("total")
                        .asInt())
                .isZero();
        assertThat(get("/api/v1/invoices/counts").body().path("total").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void searchFindsInvoicesBySellerAndStateWithPaging() {
        String seller = newSeller();
        for (int i = 1; i <= 3; i++) {
            publish(upstream(TestInvoices.invoice(seller, i + "0.00"), InvoiceState.REJECTED, 1, "E1001"));
        }
        publish(upstream(TestInvoices.invoice(seller, "99.00"), InvoiceState.INVALID, 1, null));
        await().atMost(PATIENCE)
                .until(() -> get("/api/v1/invoices?sellerTaxId=" + seller)
                                .body()
                                .path("total")
                                .asInt()
                        == 4);

        JsonNode page = get("/api/v1/invoices?sellerTaxId=" + seller + "&state=REJECTED&limit=2&offset=0")
                .body();
        JsonNode rest = get("/api/v1/invoices?sellerTaxId=" + seller + "&state=REJECTED&limit=2&offset=2")
                .body();

        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(rest.path("items").size()).isEqualTo(1);
        assertThat(get("/api/v1/invoices?limit=0").status()).isEqualTo(400);
    }

    @Test
    void exportsASearchAsCsvWithAByteOrderMark() {
        String seller = newSeller();
        Invoice rejected = TestInvoices.invoice(seller, "10.00");
        publish(upstream(rejected, InvoiceState.REJECTED, 1, "E1001"));
        publish(upstream(TestInvoices.invoice(seller, "20.00"), InvoiceState.UPLOAD_FAILED, 1, null));
        await().atMost(PATIENCE)
                .until(() -> get("/api/v1/invoices?sellerTaxId=" + seller)
                                .body()
                                .path("total")
                                .asInt()
                        == 2);

        HttpResponse<byte[]> csv = getBytes("/api/v1/invoices.csv?sellerTaxId=" + seller + "&state=REJECTED");

        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("invoices-" + seller + ".csv"));
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines =
                new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).contains("发票号码 invoice_number");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(seller + "," + rejected.invoiceNumber() + ",REJECTED,10.00,0.60,");
        assertThat(lines.get(1)).contains("reason E1001");
    }

    @Test
    void exportNeutralisesCellsASpreadsheetWouldReadAsFormulas() {
        String seller = newSeller();
        Invoice invoice = TestInvoices.invoice(seller, "10.00");
        InvoiceStatusChanged hostile = upstream(invoice, InvoiceState.REJECTED, 1, "E1001");
        publish(new InvoiceStatusChanged(
                hostile.eventId(),
                hostile.eventType(),
                hostile.schemaVersion(),
                hostile.occurredAt(),
                hostile.source(),
                seller,
                "=HYPERLINK(\"http://x\")",
                hostile.state(),
                1,
                "E1001",
                "-1+2",
                "@SUM(A1)",
                hostile.figures(),
                List.of()));
        await().atMost(PATIENCE)
                .until(() -> get("/api/v1/invoices?sellerTaxId=" + seller)
                                .body()
                                .path("total")
                                .asInt()
                        == 1);

        String csv = new String(
                getBytes("/api/v1/invoices.csv?sellerTaxId=" + seller).body(), StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", "'@SUM(A1)", "'-1+2");
        assertThat(csv).doesNotContain(",=", ",@", ",-1+2");
    }
}
