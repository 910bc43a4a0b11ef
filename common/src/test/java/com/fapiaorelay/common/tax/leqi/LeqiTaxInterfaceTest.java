package com.fapiaorelay.common.tax.leqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxCapabilities;
import com.fapiaorelay.common.tax.TaxInterfaceUnavailable;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.testsupport.TestInvoices;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeqiTaxInterfaceTest {

    private static final LeqiSettings.Timing FAST = new LeqiSettings.Timing(
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofMillis(1),
            Duration.ofMillis(4),
            Duration.ofMillis(150));

    private final FakeLeqi leqi = new FakeLeqi();
    private final LeqiTaxInterface tax = connector(leqi, 3);

    @Test
    void splitsABatchToTheLimitAndAcceptsWhatTheResultQuerySaysWasUploaded() {
        List<Invoice> invoices = invoices(7);

        List<UploadResult> results = tax.upload(invoices);

        assertThat(leqi.uploadSizes).containsExactly(3, 3, 1);
        assertThat(results).extracting(UploadResult::key).containsExactlyElementsOf(keys(invoices));
        assertThat(results).extracting(UploadResult::outcome).containsOnly(UploadOutcome.ACCEPTED);
        assertThat(results)
                .extracting(UploadResult::receiptId)
                .doesNotContainNull()
                .hasSize(7);
        assertThat(results.get(0).receiptId())
                .isEqualTo(results.get(2).receiptId())
                .isNotEqualTo(results.get(3).receiptId());
    }

    @Test
    void sendsTheUnitsTheSandboxFlagAndTheServiceOnTheSandboxPath() {
        tax.upload(invoices(1));

        assertThat(leqi.paths.get(0)).isEqualTo("/access/newsandbox/v2/invoke/202007/QDFPSC");
        assertThat(leqi.paths.get(1)).isEqualTo("/access/newsandbox/v2/invoke/202007/CXQDFPSCJG");
        assertThat(leqi.headers.get(0))
                .containsEntry("fwbm", "QDFPSC")
                .containsEntry("nlbm", "202007")
                .containsEntry("jrdwptbh", LeqiSettings.DEVELOPMENT_ACCESS_UNIT)
                .containsEntry("sydwptbh", LeqiSettings.DEVELOPMENT_USER_UNIT)
                .containsEntry("sxcsbz", "1");
    }

    @Test
    void pollsWhileProcessingUntilTheFinalStatus() {
        leqi.status = (number, query) -> query < 3 ? "01" : "00";

        List<UploadResult> results = tax.upload(invoices(2));

        assertThat(results).extracting(UploadResult::outcome).containsOnly(UploadOutcome.ACCEPTED);
        assertThat(leqi.resultQueries.get()).isEqualTo(4);
    }

    @Test
    void stillProcessingAtTheDeadlineIsUnknownWithItsSerialKept() {
        leqi.status = (number, query) -> "01";

        UploadResult result = tax.upload(invoices(1)).get(0);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(result.code()).isEqualTo("LEQI_STATUS_01");
        assertThat(result.receiptId()).hasSize(32);
    }

    @Test
    void anInvoiceMissingFromTheResultListIsUnknownAndTheOthersAreSettled() {
        List<Invoice> invoices = invoices(3);
        String lost = invoices.get(1).invoiceNumber();
        leqi.status = (number, query) -> number.equals(lost) ? null : "00";

        List<UploadResult> results = tax.upload(invoices);

        assertThat(results)
                .extracting(UploadResult::outcome)
                .containsExactly(UploadOutcome.ACCEPTED, UploadOutcome.UNKNOWN, UploadOutcome.ACCEPTED);
        assertThat(results.get(1).code()).isEqualTo("LEQI_NOT_IN_RESULT");
    }

    @Test
    void mapsEachListedStatusAndAnUnlistedOneToUnknown() {
        List<Invoice> invoices = invoices(5);
        List<String> codes = List.of("00", "02", "03", "04", "77");
        leqi.status = (number, query) -> codes.get(index(invoices, number));

        List<UploadResult> results = tax.upload(invoices);

        assertThat(results)
                .extracting(UploadResult::outcome)
                .containsExactly(
                        UploadOutcome.ACCEPTED,
                        UploadOutcome.REJECTED,
                        UploadOutcome.DUPLICATE,
                        UploadOutcome.CONFLICT,
                        UploadOutcome.UNKNOWN);
        assertThat(results.get(4).code()).isEqualTo("LEQI_STATUS_77");
    }

    @Test
    void anAnswerUnderAnotherKeyIsUnknownForTheWholeBatch() {
        String foreign = Sm4.withHexKey("00112233445566778899aabbccddeeff").encryptToBase64("{\"returncode\":\"00\"}");
        leqi.uploadReply =
                new LeqiTransport.Reply(200, LeqiEnvelope.data("r", foreign).write(), null);

        assertThat(tax.upload(invoices(2)))
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(UploadOutcome.UNKNOWN))
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("UNDECRYPTABLE_ANSWER"));
    }

    @Test
    void anAnswerThatIsNotJsonIsUnknown() {
        leqi.uploadReply = new LeqiTransport.Reply(200, "<html>gateway</html>", null);

        assertThat(tax.upload(invoices(1)).get(0).code()).isEqualTo("UNREADABLE_ANSWER");
    }

    @Test
    void dataThatIsNotJsonIsUnknown() {
        String notJson = leqi.sm4.encryptToBase64("returncode=00");
        leqi.uploadReply =
                new LeqiTransport.Reply(200, LeqiEnvelope.data("r", notJson).write(), null);

        UploadResult result = tax.upload(invoices(1)).get(0);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(result.code()).isEqualTo("UNREADABLE_ANSWER");
    }

    @Test
    void aServerErrorIsRetryableAfterTheWaitItAsks() {
        leqi.uploadReply = new LeqiTransport.Reply(503, "busy", Duration.ofSeconds(7));

        UploadResult result = tax.upload(invoices(1)).get(0);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.RETRYABLE);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void anotherServerErrorMayFollowStoringAndOtherStatusesAreTheEndpointFailing() {
        leqi.uploadReply = new LeqiTransport.Reply(500, "stored, then failed", null);
        assertThat(tax.upload(invoices(1)).get(0).outcome()).isEqualTo(UploadOutcome.UNKNOWN);

        leqi.uploadReply = new LeqiTransport.Reply(429, "slow down", null);
        assertThat(tax.upload(invoices(1)).get(0).outcome()).isEqualTo(UploadOutcome.RETRYABLE);

        leqi.uploadReply = new LeqiTransport.Reply(404, "no such path", null);
        UploadResult refused = tax.upload(invoices(1)).get(0);
        assertThat(refused.outcome()).isEqualTo(UploadOutcome.ENDPOINT_FAILED);
        assertThat(refused.code()).isEqualTo("HTTP_404");
    }

    @Test
    void aRefusalInTheEnvelopeFollowsTheTableAndAnUnlistedOneIsUnknown() {
        leqi.uploadReply = new LeqiTransport.Reply(
                200, LeqiEnvelope.error("400", "r", "InvalidHeader", "jrdwptbh").write(), null);
        assertThat(tax.upload(invoices(1)).get(0).outcome()).isEqualTo(UploadOutcome.RETRYABLE);

        leqi.uploadReply = new LeqiTransport.Reply(
                200, LeqiEnvelope.error("500", "r", "Whatever", "?").write(), null);
        assertThat(tax.upload(invoices(1)).get(0).outcome()).isEqualTo(UploadOutcome.UNKNOWN);
    }

    @Test
    void aReturnCodeOtherThanSuccessIsUnknown() {
        leqi.uploadReply = leqi.ok(
                LeqiJson.mapper().createObjectNode().put("returncode", "99").put("returnmsg", "?"));

        UploadResult result = tax.upload(invoices(1)).get(0);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(result.code()).isEqualTo("LEQI_RETURN_99");
    }

    @Test
    void aTimeoutIsUnknownAndOneFailedBatchDoesNotLoseTheOthers() {
        List<Invoice> invoices = invoices(4);
        LeqiTransport flaky = (path, headers, body) -> {
            if (path.endsWith("QDFPSC") && leqi.uploadSizes.size() == 1) {
                leqi.uploadSizes.add(-1);
                throw new HttpTimeoutException("request timed out");
            }
            return leqi.post(path, headers, body);
        };
        LeqiTaxInterface tax = new LeqiTaxInterface(settings(2), flaky);

        List<UploadResult> results = tax.upload(invoices);

        assertThat(results)
                .extracting(UploadResult::outcome)
                .containsExactly(
                        UploadOutcome.ACCEPTED, UploadOutcome.ACCEPTED, UploadOutcome.UNKNOWN, UploadOutcome.UNKNOWN);
        assertThat(results.get(2).code()).isEqualTo("CONNECTION");
    }

    @Test
    void anOlderInvoiceIsRefusedWithoutACall() {
        Invoice older = TestInvoices.invoice();
        Invoice withCode = new Invoice(
                "12345678",
                "011001900111",
                older.kind(),
                older.colour(),
                older.seller(),
                older.buyer(),
                false,
                older.totalAmount(),
                older.totalTax(),
                older.grandTotal(),
                older.issuedAt(),
                older.issuer(),
                null,
                null,
                older.lines());

        UploadResult result = tax.upload(List.of(withCode)).get(0);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.REJECTED);
        assertThat(result.code()).isEqualTo("LEQI_NOT_SHUDIAN");
        assertThat(leqi.paths).isEmpty();
    }

    @Test
    void looksUpOnlyItsOwnUploadsByAskingAboutTheirSerialsAgain() {
        List<Invoice> invoices = invoices(2);
        String late = invoices.get(1).invoiceNumber();
        leqi.status = (number, query) -> number.equals(late) && query < 5 ? "01" : "00";
        tax.upload(invoices);
        InvoiceKey neverSent = new InvoiceKey(TestInvoices.SELLER, "24110000000099999999");

        List<TaxRecord> records = tax.lookup(List.of(invoices.get(1).key(), neverSent));

        assertThat(records)
                .extracting(TaxRecord::key)
                .containsExactly(invoices.get(1).key());
        assertThat(records.get(0).totalAmount())
                .isEqualByComparingTo(invoices.get(1).totalAmount());
        assertThat(tax.capabilities()).isEqualTo(TaxCapabilities.UPLOAD_RESULTS_ONLY);
    }

    @Test
    void aFailedResultQueryMakesTheLookUpUnavailableNotEmpty() {
        List<Invoice> invoices = invoices(1);
        AtomicBoolean down = new AtomicBoolean();
        LeqiTaxInterface tax = new LeqiTaxInterface(settings(3), (path, headers, body) -> {
            if (down.get()) {
                throw new IOException("connection reset");
            }
            return leqi.post(path, headers, body);
        });
        tax.upload(invoices);
        down.set(true);

        assertThatThrownBy(() -> tax.lookup(List.of(invoices.get(0).key())))
                .isInstanceOf(TaxInterfaceUnavailable.class);
    }

    @Test
    void refusesToSummariseOrList() {
        LocalDateTime from = LocalDateTime.of(2025, 1, 1, 0, 0);
        assertThatThrownBy(() -> tax.summarize("s", from, from.plusDays(1), 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tax.list("s", from, from.plusDays(1), null, 10))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    static List<Invoice> invoices(int count) {
        return IntStream.range(0, count).mapToObj(i -> TestInvoices.invoice()).toList();
    }

    private static List<InvoiceKey> keys(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::key).toList();
    }

    private static int index(List<Invoice> invoices, String number) {
        return keys(invoices).stream().map(InvoiceKey::invoiceNumber).toList().indexOf(number);
    }

    private static LeqiSettings settings(int batchLimit) {
        return LeqiSettings.development(URI.create("http://leqi.invalid"))
                .withBatchLimit(batchLimit)
                .withTiming(FAST);
    }

    private static LeqiTaxInterface connector(FakeLeqi leqi, int batchLimit) {
        return new LeqiTaxInterface(settings(batchLimit), leqi);
    }
}
