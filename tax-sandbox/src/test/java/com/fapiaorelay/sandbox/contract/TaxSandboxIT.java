package com.fapiaorelay.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.ContentHash;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.StoredInvoice;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.fapiaorelay.testsupport.TestInvoices;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The protocol's answers with no faults: accepted, duplicate, conflict, rejected, and an unreachable interface. */
class TaxSandboxIT extends SandboxContractBase {

    private static final String SELLER = TestInvoices.SELLER;

    TaxInterface tax;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void connect() {
        tax = new HttpTaxInterface(
                URI.create("http://localhost:" + port), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void acceptsNewInvoicesAndShowsThemOnLookUp() {
        Invoice first = invoice("100.00");
        Invoice second = invoice("200.00");

        List<UploadResult> results = tax.upload(List.of(first, second));

        assertThat(results)
                .extracting(UploadResult::outcome)
                .containsExactly(UploadOutcome.ACCEPTED, UploadOutcome.ACCEPTED);
        assertThat(results).allSatisfy(result -> assertThat(result.receiptId()).isNotBlank());
        assertThat(tax.lookup(List.of(first.key(), second.key())))
                .extracting(TaxRecord::key, TaxRecord::totalAmount)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(first.key(), new BigDecimal("100.00")),
                        org.assertj.core.groups.Tuple.tuple(second.key(), new BigDecimal("200.00")));
    }

    @Test
    void answersDuplicateWithTheOriginalReceiptForIdenticalContent() {
        Invoice invoice = invoice("100.00");
        String receipt = tax.upload(List.of(invoice)).get(0).receiptId();

        UploadResult repeat = tax.upload(List.of(invoice)).get(0);

        assertThat(repeat.outcome()).isEqualTo(UploadOutcome.DUPLICATE);
        assertThat(repeat.receiptId()).isEqualTo(receipt);
    }

    @Test
    void answersConflictForTheSameNumberWithOtherContent() {
        Invoice invoice = invoice("100.00");
        tax.upload(List.of(invoice));
        Invoice altered = TestInvoices.withRemarks(invoice, "改过的备注");

        assertThat(tax.upload(List.of(altered)).get(0).outcome()).isEqualTo(UploadOutcome.CONFLICT);
    }

    /** Intake's duplicate check and the sandbox's answers must agree on what the same content is. */
    @Test
    void storesTheContentHashUploadServiceComputesFromTheJsonItSends() {
        Invoice invoice = invoice("100.00");
        String sent = ContentHash.canonicalJson(invoice);

        tax.uploadStored(List.of(new StoredInvoice(invoice.key(), sent.getBytes(StandardCharsets.UTF_8))));

        assertThat(jdbc.sql("SELECT content_hash FROM tax_record WHERE seller_tax_id = ? AND invoice_number = ?")
                        .params(invoice.sellerTaxId(), invoice.invoiceNumber())
                        .query(String.class)
                        .single())
                .isEqualTo(ContentHash.ofJson(sent));
    }

    @Test
    void answersDuplicateForTheSameContentWrittenInAnotherForm() {
        Invoice invoice = invoice("100.00");
        tax.uploadStored(List.of(new StoredInvoice(
                invoice.key(), ContentHash.canonicalJson(invoice).getBytes(StandardCharsets.UTF_8))));
        Invoice onePlace = TestInvoices.withGrandTotal(
                invoice, invoice.grandTotal().stripTrailingZeros().toPlainString());

        assertThat(tax.upload(List.of(onePlace)).get(0).outcome()).isEqualTo(UploadOutcome.DUPLICATE);
    }

    @Test
    void rejectsInvoiceWhoseGrandTotalIsNotAmountPlusTax() {
        Invoice invoice = invoice("100.00");
        Invoice broken = TestInvoices.withGrandTotal(invoice, "999.00");

        UploadResult result = tax.upload(List.of(broken)).get(0);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.REJECTED);
        assertThat(result.code()).isEqualTo("E1001");
        assertThat(tax.lookup(List.of(broken.key()))).isEmpty();
    }

    @Test
    void lookUpOfUnknownInvoiceFindsNothing() {
        assertThat(tax.lookup(List.of(new InvoiceKey(SELLER, "99999999999999999999"))))
                .isEmpty();
    }

    @Test
    void unreachableInterfaceMakesTheOutcomeUnknown() {
        TaxInterface down = new HttpTaxInterface(
                URI.create("http://localhost:" + SharedInfrastructure.freePort()),
                Duration.ofMillis(500),
                Duration.ofSeconds(1));

        assertThat(down.upload(List.of(invoice("1.00"))))
                .extracting(UploadResult::outcome)
                .containsExactly(UploadOutcome.UNKNOWN);
    }

    private static Invoice invoice(String amount) {
        return TestInvoices.invoice(TestInvoices.SELLER, amount);
    }
}
