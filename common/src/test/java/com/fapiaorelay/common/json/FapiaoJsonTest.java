package com.fapiaorelay.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.testsupport.TestInvoices;
import org.junit.jupiter.api.Test;

class FapiaoJsonTest {

    private static final Invoice INVOICE = TestInvoices.invoice(TestInvoices.SELLER, "1000.00");

    @Test
    void writesMoneyAsDecimalStringsAndReadsItBackExactly() {
        String json = FapiaoJson.mapper().writeValueAsString(InvoiceSubmitted.of("erp", INVOICE));

        assertThat(json).contains("\"grandTotal\":\"1060.00\"").contains("\"taxRate\":\"0.06\"");
        assertThat(FapiaoJson.mapper().readValue(json, InvoiceSubmitted.class).invoice())
                .isEqualTo(INVOICE);
    }

    @Test
    void leavesAbsentOptionalFieldsOut() {
        String json = FapiaoJson.mapper().writeValueAsString(INVOICE);

        assertThat(json).doesNotContain("redLetter");
    }
}
