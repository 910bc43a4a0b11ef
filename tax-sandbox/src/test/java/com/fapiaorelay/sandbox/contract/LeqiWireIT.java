package com.fapiaorelay.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.common.tax.leqi.LeqiEnvelope;
import com.fapiaorelay.common.tax.leqi.LeqiSettings;
import com.fapiaorelay.common.tax.leqi.LeqiTaxInterface;
import com.fapiaorelay.common.tax.leqi.LeqiWire;
import com.fapiaorelay.common.tax.leqi.Sm4;
import com.fapiaorelay.testsupport.TestInvoices;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 乐企 connector against the sandbox's 乐企 wire, through every fault the reference protocol meets. */
class LeqiWireIT extends SandboxContractBase {

    // generous deadline: a loaded machine must not turn a slow first answer into UNKNOWN
    private static final LeqiSettings.Timing TIMING = new LeqiSettings.Timing(
            Duration.ofSeconds(2),
            CLIENT_TIMEOUT,
            Duration.ofMillis(50),
            Duration.ofMillis(400),
            Duration.ofSeconds(8));

    @Test
    void storesAnAcceptedUploadAndAnswersARepeatAsDuplicateAndOtherContentAsConflict() {
        Invoice invoice = invoice();

        UploadResult first = upload(invoice);

        assertThat(first.outcome()).as(first.code() + " " + first.message()).isEqualTo(UploadOutcome.ACCEPTED);
        assertThat(first.receiptId()).matches("[0-9a-f]{32}");
        assertThat(records.held(invoice.key()))
                .singleElement()
                .satisfies(h -> assertThat(h.visible()).isTrue());
        assertThat(upload(invoice).outcome()).isEqualTo(UploadOutcome.DUPLICATE);
        assertThat(upload(TestInvoices.withRemarks(invoice, "改")).outcome()).isEqualTo(UploadOutcome.CONFLICT);
    }

    @Test
    void refusesAnInvalidInvoiceWithTheSandboxsCode() {
        Invoice invoice = TestInvoices.withGrandTotal(invoice(), "1.00");

        UploadResult result = upload(invoice);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.REJECTED);
        assertThat(result.message()).startsWith("E");
        assertThat(records.held(invoice.key())).isEmpty();
    }

    @Test
    void splitsToTheLimitAndSettlesEveryInvoice() {
        String seller = freshSeller();
        List<Invoice> invoices = List.of(
                SandboxInvoices.invoice(seller, "1.00"),
                SandboxInvoices.invoice(seller, "2.00"),
                SandboxInvoices.invoice(seller, "3.00"));

        List<UploadResult> results = connector(settings().withBatchLimit(2)).upload(invoices);

        assertThat(results).extracting(UploadResult::outcome).containsOnly(UploadOutcome.ACCEPTED);
        assertThat(results.get(0).receiptId()).isNotEqualTo(results.get(2).receiptId());
    }

    @Test
    void aServerErrorIsUnknownToTheClientThoughTheSandboxStoredNothing() {
        faults("error-rate=1");
        Invoice invoice = invoice();

        // a 500 may follow storing elsewhere (store-then-error-rate), so the client cannot tell it from this one
        assertThat(upload(invoice).outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(records.held(invoice.key())).isEmpty();
    }

    @Test
    void hangPastTheClientTimeoutIsUnknownAndStoresNothing() {
        faults("hang-rate=1,hang-ms=" + CLIENT_TIMEOUT.plusMillis(700).toMillis());
        Invoice invoice = invoice();

        UploadResult result = upload(invoice);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(result.code()).isEqualTo("CONNECTION");
        assertThat(records.held(invoice.key())).isEmpty();
    }

    @Test
    void aLostAnswerIsUnknownWithoutASerialSoOnlyTheAuthoritysDuplicateAnswerSettlesTheResend() {
        faults("reset-rate=1");
        Invoice invoice = invoice();
        LeqiTaxInterface tax = connector(settings());

        assertThat(tax.upload(List.of(invoice)).get(0).outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(records.held(invoice.key())).hasSize(1);
        faults("");
        assertThat(tax.lookup(List.of(invoice.key()))).isEmpty();
        assertThat(tax.upload(List.of(invoice)).get(0).outcome()).isEqualTo(UploadOutcome.DUPLICATE);
    }

    @Test
    void silentLossIsUnknownAtTheDeadlineNeverAcceptedAndTheResendArrives() {
        faults("silent-loss-rate=1");
        Invoice invoice = invoice();
        LeqiTaxInterface tax = connector(settings());

        UploadResult result = tax.upload(List.of(invoice)).get(0);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(result.code()).isEqualTo("LEQI_NOT_IN_RESULT");
        assertThat(tax.lookup(List.of(invoice.key()))).isEmpty();
        faults("");
        assertThat(tax.upload(List.of(invoice)).get(0).outcome()).isEqualTo(UploadOutcome.ACCEPTED);
        assertThat(tax.lookup(List.of(invoice.key())))
                .extracting(TaxRecord::key)
                .containsExactly(invoice.key());
    }

    @Test
    void delayedVisibilityIsPolledUntilUploaded() {
        faults("delay-rate=1,delay-ms=600");
        Invoice invoice = invoice();

        UploadResult result = upload(invoice);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.ACCEPTED);
        assertThat(records.held(invoice.key()))
                .singleElement()
                .satisfies(h -> assertThat(h.visible()).isTrue());
    }

    @Test
    void quotaIsRetryable() {
        faults("seller-quota-per-second=1");
        String seller = freshSeller();
        List<Invoice> invoices =
                List.of(SandboxInvoices.invoice(seller, "1.00"), SandboxInvoices.invoice(seller, "2.00"));

        assertThat(connector(settings()).upload(invoices))
                .extracting(UploadResult::outcome)
                .containsOnly(UploadOutcome.RETRYABLE);
    }

    @Test
    void anotherKeyOrAnotherUnitIsRefusedInTheEnvelopeAndStoresNothing() {
        Invoice invoice = invoice();
        LeqiSettings dev = settings();
        LeqiSettings otherKey = new LeqiSettings(
                dev.baseUrl(),
                dev.accessUnit(),
                dev.userUnit(),
                "00112233445566778899aabbccddeeff",
                true,
                "",
                null,
                50,
                TIMING);
        LeqiSettings otherUnit = new LeqiSettings(
                dev.baseUrl(), "someone-else", dev.userUnit(), dev.sm4Key(), true, "", null, 50, TIMING);

        UploadResult wrongKey = connector(otherKey).upload(List.of(invoice)).get(0);
        UploadResult wrongUnit = connector(otherUnit).upload(List.of(invoice)).get(0);

        assertThat(wrongKey.code()).isEqualTo("LEQI_DecryptFailed");
        assertThat(wrongUnit.code()).isEqualTo("LEQI_InvalidHeader");
        assertThat(List.of(wrongKey.outcome(), wrongUnit.outcome())).containsOnly(UploadOutcome.RETRYABLE);
        assertThat(records.held(invoice.key())).isEmpty();
    }

    @Test
    void answersOnTheProductionPathAndRefusesTheSandboxPathWithoutTheFlag() throws Exception {
        Sm4 sm4 = Sm4.withHexKey(LeqiSettings.DEVELOPMENT_SM4_KEY);
        String body = sm4.encryptToBase64("{\"sllsh\":\"0000\"}");

        LeqiEnvelope production = post(LeqiWire.path(false, LeqiWire.UPLOAD_RESULT), body, false);
        LeqiEnvelope unflagged = post(LeqiWire.path(true, LeqiWire.UPLOAD_RESULT), body, false);

        assertThat(production.errorCode()).isEqualTo("UnknownSerial");
        assertThat(unflagged.errorCode()).isEqualTo("InvalidHeader");
    }

    private LeqiEnvelope post(String path, String body, boolean sandboxFlag) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header(LeqiWire.SERVICE, LeqiWire.UPLOAD_RESULT)
                .header(LeqiWire.ABILITY_HEADER, LeqiWire.ABILITY)
                .header(LeqiWire.ACCESS_UNIT, LeqiSettings.DEVELOPMENT_ACCESS_UNIT)
                .header(LeqiWire.USER_UNIT, LeqiSettings.DEVELOPMENT_USER_UNIT);
        if (sandboxFlag) {
            request.header(LeqiWire.SANDBOX_FLAG, LeqiWire.SANDBOX_FLAG_ON);
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return LeqiEnvelope.read(response.body());
    }

    private UploadResult upload(Invoice invoice) {
        return connector(settings()).upload(List.of(invoice)).get(0);
    }

    private LeqiSettings settings() {
        return LeqiSettings.development(url()).withTiming(TIMING);
    }

    private static LeqiTaxInterface connector(LeqiSettings settings) {
        return new LeqiTaxInterface(settings);
    }
}
