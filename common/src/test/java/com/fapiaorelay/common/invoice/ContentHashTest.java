package com.fapiaorelay.common.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.testsupport.TestInvoices;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    /** Stored hashes decide what is a duplicate, so the bytes hashed must never change. */
    @Test
    void hashesTheSameUtf8AsTheJsonTextOfTheInvoice() throws Exception {
        Invoice invoice = TestInvoices.withRemarks(TestInvoices.invoice(), "项目：软件开发服务，2026年3月 ✓");
        byte[] text = FapiaoJson.mapper().writeValueAsString(invoice).getBytes(StandardCharsets.UTF_8);

        assertThat(ContentHash.of(invoice))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(text)));
    }

    @Test
    void moneyWrittenWithOnePlaceIsTheSameContentAsWithTwo() {
        Invoice invoice = TestInvoices.invoice();
        Invoice shorter = TestInvoices.withGrandTotal(
                invoice, invoice.grandTotal().stripTrailingZeros().toPlainString());
        Invoice longer = TestInvoices.withGrandTotal(
                invoice, invoice.grandTotal().setScale(4).toPlainString());

        assertThat(ContentHash.of(shorter)).isEqualTo(ContentHash.of(invoice)).isEqualTo(ContentHash.of(longer));
        assertThat(ContentHash.ofJson(ContentHash.canonicalJson(shorter))).isEqualTo(ContentHash.of(invoice));
    }

    @Test
    void otherAmountsAreOtherContent() {
        Invoice invoice = TestInvoices.invoice();

        assertThat(ContentHash.of(TestInvoices.withGrandTotal(invoice, "1.01")))
                .isNotEqualTo(ContentHash.of(TestInvoices.withGrandTotal(invoice, "1.10")));
    }
}
