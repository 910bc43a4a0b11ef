package com.fapiaorelay.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every fault kind: the outcome class the client reports, and what the sandbox really holds. */
class FaultContractIT extends SandboxContractBase {

    @Test
    void serverErrorIsUnknownThoughThisOneStoredNothing() {
        faults("error-rate=1");
        Invoice invoice = invoice();

        UploadResult result = upload(invoice);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(result.code()).isEqualTo("E5000");
        assertThat(records.held(invoice.key())).isEmpty();
        assertThat(faults.injected().errors()).isPositive();
    }

    @Test
    void serverErrorAfterStoringIsUnknownAndTheRecordExists() {
        faults("store-then-error-rate=1");
        Invoice invoice = invoice();

        UploadResult result = upload(invoice);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(result.code()).isEqualTo("E5000");
        assertThat(records.held(invoice.key())).singleElement();
        assertThat(faults.injected().storeThenErrors()).isPositive();
        faults("");
        assertThat(client().lookup(List.of(invoice.key()))).hasSize(1);
    }

    @Test
    void hangPastTheClientTimeoutIsUnknownAndStoresNothing() {
        faults("hang-rate=1,hang-ms=" + CLIENT_TIMEOUT.plusMillis(700).toMillis());
        Invoice invoice = invoice();

        UploadResult result = upload(invoice);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(records.held(invoice.key())).isEmpty();
    }

    @Test
    void resetAfterStoringIsUnknownThoughTheRecordExists() {
        faults("reset-rate=1");
        Invoice invoice = invoice();

        UploadResult result = upload(invoice);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.UNKNOWN);
        assertThat(result.message()).doesNotContain("imeout");
        assertThat(records.held(invoice.key()))
                .singleElement()
                .satisfies(held -> assertThat(held.visible()).isTrue());
        faults("");
        assertThat(client().lookup(List.of(invoice.key()))).hasSize(1);
        assertThat(upload(invoice).outcome()).isEqualTo(UploadOutcome.DUPLICATE);
    }

    @Test
    void silentLossIsAcceptedButNeverVisible() {
        faults("silent-loss-rate=1");
        Invoice invoice = invoice();

        UploadResult result = upload(invoice);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.ACCEPTED);
        assertThat(result.receiptId()).isNotBlank();
        assertThat(client().lookup(List.of(invoice.key()))).isEmpty();
        assertThat(records.held(invoice.key())).isEmpty();
        assertThat(faults.injected().silentLosses()).isPositive();
    }

    @Test
    void delayedInvoiceBecomesVisibleOnlyAfterTheDelay() {
        faults("delay-rate=1,delay-ms=1500");
        Invoice invoice = invoice();
        HttpTaxInterface tax = client();

        assertThat(upload(invoice).outcome()).isEqualTo(UploadOutcome.ACCEPTED);

        assertThat(tax.lookup(List.of(invoice.key()))).isEmpty();
        assertThat(records.held(invoice.key()))
                .singleElement()
                .satisfies(held -> assertThat(held.visible()).isFalse());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(tax.lookup(List.of(invoice.key()))).hasSize(1));
    }

    @Test
    void alteredInvoiceIsAcceptedButHeldWithAnotherAmount() {
        faults("alter-rate=1");
        Invoice invoice = invoice();

        assertThat(upload(invoice).outcome()).isEqualTo(UploadOutcome.ACCEPTED);

        assertThat(client().lookup(List.of(invoice.key())))
                .extracting(TaxRecord::totalAmount)
                .containsExactly(invoice.totalAmount().add(new BigDecimal("0.01")));
    }

    @Test
    void appQuotaAnswersRetryableWithTheServersWait() {
        faults("quota-per-second=1");
        HttpTaxInterface tax = client();

        List<UploadResult> results = IntStream.range(0, 3)
                .mapToObj(i -> tax.upload(List.of(invoice())).get(0))
                .toList();

        assertThat(results)
                .filteredOn(r -> r.outcome() == UploadOutcome.RETRYABLE)
                .isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.code()).isEqualTo("E4290");
                    assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                });
    }

    @Test
    void sellerQuotaRefusesABatchOverIt() {
        faults("seller-quota-per-second=2");
        String seller = freshSeller();
        List<Invoice> batch = IntStream.range(0, 3)
                .mapToObj(i -> SandboxInvoices.invoice(seller, "10.00"))
                .toList();

        assertThat(client().upload(batch)).extracting(UploadResult::outcome).containsOnly(UploadOutcome.RETRYABLE);
        assertThat(records.held(batch.get(0).key())).isEmpty();
    }

    @Test
    void maintenanceAnswersRetryableWithTheTimeLeft() {
        faults("maintenance-ms=60000");

        UploadResult result = upload(invoice());

        assertThat(result.outcome()).isEqualTo(UploadOutcome.RETRYABLE);
        assertThat(result.code()).isEqualTo("E5030");
        assertThat(result.retryAfter()).isBetween(Duration.ofSeconds(58), Duration.ofSeconds(60));
    }

    @Test
    void seededFaultsRepeatTheSameScenario() {
        List<UploadOutcome> first = scenario("error-rate=0.5,seed=7");
        List<UploadOutcome> second = scenario("error-rate=0.5,seed=7");

        assertThat(second).isEqualTo(first).contains(UploadOutcome.UNKNOWN, UploadOutcome.ACCEPTED);
    }

    private List<UploadOutcome> scenario(String settings) {
        faults(settings);
        HttpTaxInterface tax = client();
        return IntStream.range(0, 12)
                .mapToObj(i -> tax.upload(List.of(invoice())).get(0).outcome())
                .toList();
    }

    private UploadResult upload(Invoice invoice) {
        return client().upload(List.of(invoice)).get(0);
    }
}
