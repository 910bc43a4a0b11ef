package com.fapiaorelay.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.testsupport.TestInvoices;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The operators' console in a real browser against the whole stack: an invoice the tax system loses on every upload
 * ends MISSING in the work queue; a clerk corrects it, a supervisor approves it, and it is confirmed.
 */
class ConsoleBrowserIT {

    private static final List<String> IN_FLIGHT = List.of("RECEIVED", "UPLOAD_PENDING", "OUTCOME_UNKNOWN", "UPLOADED");

    static SharedStack shared;
    static EmbeddedStack stack;

    @BeforeAll
    static void stack() throws Exception {
        shared = SharedStack.get();
        stack = shared.stack();
    }

    @Test
    void aClerkReentersAMissingInvoiceASupervisorApprovesItAndTheTaxSystemConfirmsIt() {
        Invoice invoice = lostOnEveryUpload();
        String number = invoice.invoiceNumber();

        try (Browser browser = Browser.open(stack.consoleUrl())) {
            browser.logIn("clerk", "fapiao-clerk");
            browser.go("/?lang=en");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Overview");
            browser.screenshot("0-overview-in-english");
            browser.go("/?lang=zh_CN");
            assertThat(Long.parseLong(browser.find(By.id("needing-human")).getText()))
                    .isPositive();
            browser.go("/queue");
            WebElement queued = browser.await(By.cssSelector("tr[data-number='" + number + "']"));
            assertThat(queued.getText()).contains("税务系统未查到");
            browser.screenshot("1-work-queue");

            queued.findElement(By.className("correct")).click();
            assertThat(browser.field("invoiceNumber").getAttribute("value")).isEqualTo(number);
            browser.type("totalTax", "6o.00");
            browser.await(By.id("has-errors"));
            browser.screenshot("2-reentry-form-live-findings");
            browser.type("totalTax", invoice.totalTax().toPlainString());
            browser.type("remarks", "补录：税务系统未收到原票");
            browser.await(By.id("no-findings"));
            browser.find(By.id("submit-for-review")).click();
            browser.await(By.id("status"));
            String review = browser.path();
            browser.screenshot("3-submitted-for-review");

            assertThat(browser.postFromPage(review + "/approve")).isEqualTo(403);
            browser.go(review);
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("待复核");
            browser.logOut();

            browser.logIn("supervisor", "fapiao-reviewer");
            browser.go(review);
            assertThat(browser.find(By.id("changes")).getText()).contains("remarks", "补录：税务系统未收到原票");
            browser.screenshot("4-review-by-supervisor");
            browser.type("comment", "已核对，同意重新上传");
            browser.find(By.id("approve")).click();
            browser.awaitText(By.id("status"), "已批准");

            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions()
                    .until(() -> {
                        browser.go("/invoices/" + invoice.sellerTaxId() + "/" + number);
                        return browser.find(By.id("state")).getText().equals("已确认");
                    });
            browser.screenshot("5-invoice-confirmed");
            assertThat(browser.find(By.id("timeline")).getText()).contains("补录");
        }
        assertThat(ledger(invoice.key()).path("state").asString()).isEqualTo("CONFIRMED");
    }

    /** An invoice whose every upload the tax system acknowledges and loses, until automation gives up on it. */
    private static Invoice lostOnEveryUpload() {
        await().atMost(Duration.ofMinutes(3)).until(ConsoleBrowserIT::nothingInFlight);
        Invoice invoice = TestInvoices.invoice();
        sandboxFaults(HttpRequest.newBuilder(URI.create(stack.sandboxUrl() + "/sandbox/faults"))
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("silent-loss-rate=1.0")));
        try {
            shared.submit(invoice);
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> missingTimes(invoice.key()) == 2);
        } finally {
            sandboxFaults(HttpRequest.newBuilder(URI.create(stack.sandboxUrl() + "/sandbox/faults"))
                    .DELETE());
        }
        return invoice;
    }

    private static boolean nothingInFlight() {
        JsonNode byState = shared.ledger("/api/v1/invoices/counts").path("byState");
        return IN_FLIGHT.stream().allMatch(state -> byState.path(state).asLong(0) == 0);
    }

    /** MISSING once after the first upload, once more after the one automatic re-upload. */
    private static long missingTimes(InvoiceKey key) {
        JsonNode timeline = ledgerOrEmpty(key).path("timeline");
        return StreamSupport.stream(timeline.spliterator(), false)
                .filter(entry -> entry.path("state").asString().equals("MISSING"))
                .count();
    }

    private static JsonNode ledger(InvoiceKey key) {
        return shared.ledger("/api/v1/invoices/" + key.sellerTaxId() + "/" + key.invoiceNumber());
    }

    private static JsonNode ledgerOrEmpty(InvoiceKey key) {
        try {
            return ledger(key);
        } catch (IllegalStateException notYetThere) {
            return FapiaoJson.mapper().createObjectNode();
        }
    }

    private static void sandboxFaults(HttpRequest.Builder request) {
        Http.Answer answer = Http.send(request.build());
        assertThat(answer.status()).isEqualTo(200);
    }
}
