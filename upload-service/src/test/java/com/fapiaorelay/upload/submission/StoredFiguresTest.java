package com.fapiaorelay.upload.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.ContentHash;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.testsupport.TestInvoices;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StoredFiguresTest {

    @Test
    void readsTheFiguresThatBindingTheStoredInvoiceWould() {
        String stored = ContentHash.canonicalJson(TestInvoices.invoice(TestInvoices.SELLER, "1234.50"));

        assertThat(StoredFigures.of(stored.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(InvoiceFigures.of(FapiaoJson.mapper().readValue(stored, Invoice.class)))
                .satisfies(figures -> assertThat(figures.totalAmount()).hasToString("1234.50"));
    }

    @Test
    void takesTheInvoicesOwnFiguresNotThoseOfItsLinesAndKeepsAbsentOnesNull() {
        String stored = """
                {"lines":[{"totalAmount":"9.99","issuedAt":"2020-01-01T00:00:00"}],"redLetter":{"totalTax":"1.11"},
                 "totalAmount":"100.00","remarks":null,"issuedAt":"2026-12-03T10:15:30"}""";

        assertThat(StoredFigures.of(stored.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(
                        new InvoiceFigures(new BigDecimal("100.00"), null, LocalDateTime.of(2026, 12, 3, 10, 15, 30)));
    }
}
