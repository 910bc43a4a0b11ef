package com.fapiaorelay.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.testsupport.TestInvoices;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class CsvImportIT extends UploadServiceTestBase {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UploadApi api;
    String key;

    @BeforeEach
    void erpWithAKey() {
        api = UploadApi.at(port);
        key = api.createKey("backfill-test", TestInvoices.SELLER).key();
    }

    @Test
    void importAnswersPerInvoiceWithItsRowsOutcomeAndFindings() {
        Invoice fresh = TestInvoices.invoice();
        Invoice known = TestInvoices.invoice();
        api.submit(key, known);
        Invoice wrongTotal = TestInvoices.withGrandTotal(TestInvoices.invoice(), "1.00");
        byte[] csv = CsvFixture.csv(fresh, wrongTotal, known).getBytes(StandardCharsets.UTF_8);

        UploadApi.Response response = api.importCsv(key, csv, TEXT_CSV);

        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results).hasSize(3);
        assertResult(results.get(0), 2, fresh, "ACCEPTED");
        assertResult(results.get(1), 3, wrongTotal, "INVALID");
        assertResult(results.get(2), 4, known, "DUPLICATE");
        JsonNode finding = results.get(1).at("/findings/0");
        assertThat(finding.get("code").asString()).isEqualTo("GRAND_TOTAL");
        assertThat(finding.get("suggestedFix").asString()).isEqualTo("1060.00");
        assertThat(response.json().at("/outcomes/ACCEPTED").asInt()).isEqualTo(1);
        StatusAwait.awaitStatus(fresh.key(), InvoiceState.UPLOADED, 1);
    }

    @Test
    void gbkEncodedFileIsDetectedAndItsChineseTextKept() {
        Invoice invoice = TestInvoices.invoice();
        byte[] gbk = CsvFixture.csv(invoice).getBytes(Charset.forName("GBK"));

        UploadApi.Response response = api.importCsvFile(key, gbk);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("charset").asString()).isEqualTo("GB18030");
        assertResult(response.json().at("/results/0"), 2, invoice, "ACCEPTED");
        assertThat(jdbc.sql("SELECT payload FROM submission_content WHERE invoice_number = ?")
                        .param(invoice.invoiceNumber())
                        .query(String.class)
                        .single())
                .contains("北京示例科技有限公司", "*信息技术服务*软件开发服务");
    }

    @Test
    void unreadableCellIsAFormatFindingOnItsRow() {
        Invoice invoice = TestInvoices.invoice();
        String csv = CsvFixture.csv(invoice).replace(",1000.00,0.06,", ",一千,0.06,");

        UploadApi.Response response = api.importCsv(key, csv.getBytes(StandardCharsets.UTF_8), TEXT_CSV);

        JsonNode result = response.json().at("/results/0");
        assertThat(result.get("outcome").asString()).isEqualTo("INVALID");
        assertThat(result.at("/findings/0/code").asString()).isEqualTo("CSV_FORMAT");
        assertThat(result.at("/findings/0/field").asString()).isEqualTo("amount");
        assertThat(result.at("/findings/0/messageEn").asString()).contains("row 2");
    }

    @Test
    void fileWithoutTheRequiredColumnsIsAProblem() {
        UploadApi.Response response =
                api.importCsv(key, "invoiceNumber,amount\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8), TEXT_CSV);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("sellerTaxId", "taxRate");
    }

    private static void assertResult(JsonNode result, int row, Invoice invoice, String outcome) {
        assertThat(result.get("rows").get(0).asInt()).isEqualTo(row);
        assertThat(result.get("key").asString()).isEqualTo(invoice.key().toString());
        assertThat(result.get("outcome").asString()).isEqualTo(outcome);
    }
}
