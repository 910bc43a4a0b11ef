package com.fapiaorelay.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FapiaoJsonTest {

    private static final Invoice INVOICE = new Invoice(
            "24117000000212341234",
            InvoiceKind.NORMAL,
            "91110108MA01AB3CX1",
            "北京示例科技有限公司",
            null,
            "北京买方有限公司",
            new BigDecimal("1000.00"),
            new BigDecimal("130.00"),
            new BigDecimal("1130.00"),
            LocalDateTime.of(2026, 11, 28, 9, 30),
            "张三",
            List.of(new InvoiceLine(
                    1,
                    "*信息技术服务*软件开发服务",
                    "3040201990000000000",
                    BigDecimal.ONE,
                    new BigDecimal("1000.00"),
                    new BigDecimal("1000.00"),
                    new BigDecimal("0.13"),
                    new BigDecimal("130.00"))));

    @Test
    void writesMoneyAsDecimalStringsAndReadsItBackExactly() {
        String json = FapiaoJson.mapper().writeValueAsString(InvoiceSubmitted.of("erp", INVOICE));

        assertThat(json).contains("\"grandTotal\":\"1130.00\"").contains("\"taxRate\":\"0.13\"");
        assertThat(FapiaoJson.mapper().readValue(json, InvoiceSubmitted.class).invoice())
                .isEqualTo(INVOICE);
    }

    @Test
    void leavesAbsentOptionalFieldsOut() {
        String json = FapiaoJson.mapper().writeValueAsString(INVOICE);

        assertThat(json).doesNotContain("buyerTaxId");
    }
}
