package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.testsupport.TestInvoices;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class IntakeApiIT extends UploadServiceTestBase {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UploadApi api;
    UploadApi.CreatedKey erp;

    @BeforeEach
    void erpWithAKeyForOneSeller() {
        api = UploadApi.at(port);
        erp = api.createKey("kingdee-test", TestInvoices.SELLER);
    }

    @Test
    void oneInvoiceIsAcceptedWithItsStatusUrlAndUploaded() {
        Invoice invoice = TestInvoices.invoice();

        UploadApi.Response response = api.submit(erp.key(), invoice);

        assertThat(response.status()).isEqualTo(202);
        JsonNode receipt = response.json().get("invoices").get(0);
        assertThat(receipt.get("key").asString()).isEqualTo(invoice.key().toString());
        assertThat(receipt.get("outcome").asString()).isEqualTo("ACCEPTED");
        String statusUrl =
                "http://localhost:8082/api/v1/invoices/" + TestInvoices.SELLER + "/" + invoice.invoiceNumber();
        assertThat(receipt.get("statusUrl").asString()).isEqualTo(statusUrl);
        assertThat(response.headers().getLocation()).hasToString(statusUrl);
        StatusAwait.awaitStatus(invoice.key(), InvoiceState.UPLOADED, 1);
    }

    @Test
    void batchAnswersOneReceiptPerInvoiceInOrder() {
        Invoice first = TestInvoices.invoice();
        Invoice second = TestInvoices.invoice();

        UploadApi.Response response = api.submit(erp.key(), Map.of("invoices", List.of(first, second)));

        assertThat(response.status()).isEqualTo(202);
        JsonNode receipts = response.json().get("invoices");
        assertThat(receipts).hasSize(2);
        assertThat(receipts.get(0).get("invoiceNumber").asString()).isEqualTo(first.invoiceNumber());
        assertThat(receipts.get(1).get("invoiceNumber").asString()).isEqualTo(second.invoiceNumber());
        assertThat(receipts)
                .allSatisfy(
                        receipt -> assertThat(receipt.get("outcome").asString()).isEqualTo("ACCEPTED"));
    }

    @Test
    void repeatOfIdenticalContentAnswersDuplicate() {
        Invoice invoice = TestInvoices.invoice();
        api.submit(erp.key(), invoice);

        UploadApi.Response repeat = api.submit(erp.key(), invoice);

        assertThat(repeat.status()).isEqualTo(202);
        assertThat(repeat.json().at("/invoices/0/outcome").asString()).isEqualTo("DUPLICATE");
    }

    @Test
    void newContentAfterUploadAnswersConflict() {
        Invoice invoice = TestInvoices.invoice();
        api.submit(erp.key(), invoice);
        StatusAwait.awaitStatus(invoice.key(), InvoiceState.UPLOADED, 1);

        UploadApi.Response changed = api.submit(erp.key(), TestInvoices.withRemarks(invoice, "改过的备注"));

        assertThat(changed.json().at("/invoices/0/outcome").asString()).isEqualTo("CONFLICT");
    }

    @Test
    void batchWithAnInvalidInvoiceAnswers400WithEveryFindingAndStoresNothing() {
        Invoice valid = TestInvoices.invoice();
        Invoice invalid = TestInvoices.withGrandTotal(TestInvoices.invoice(), "1.00");

        UploadApi.Response response = api.submit(erp.key(), Map.of("invoices", List.of(valid, invalid)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).endsWith("/invalid-invoice");
        JsonNode rejected = problem.get("invoices");
        assertThat(rejected).hasSize(1);
        assertThat(rejected.at("/0/index").asInt()).isEqualTo(1);
        assertThat(rejected.at("/0/invoiceNumber").asString()).isEqualTo(invalid.invoiceNumber());
        JsonNode finding = rejected.at("/0/findings/0");
        assertThat(finding.get("code").asString()).isEqualTo("GRAND_TOTAL");
        assertThat(finding.get("severity").asString()).isEqualTo("ERROR");
        assertThat(finding.get("field").asString()).isEqualTo("grandTotal");
        assertThat(finding.get("messageZh").asString()).isNotBlank();
        assertThat(finding.get("messageEn").asString()).isNotBlank();
        assertThat(finding.get("suggestedFix").asString())
                .isEqualTo(invalid.totalAmount().add(invalid.totalTax()).toPlainString());
        assertThat(storedCount(valid) + storedCount(invalid)).isZero();
    }

    private long storedCount(Invoice invoice) {
        return jdbc.sql("SELECT count(*) FROM submission WHERE seller_tax_id = ? AND invoice_number = ?")
                .param(invoice.sellerTaxId())
                .param(invoice.invoiceNumber())
                .query(Long.class)
                .single();
    }
}
