package com.fapiaorelay.upload.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.common.invoice.Invoice;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvInvoicesTest {

    static final String HEADER =
            "invoiceNumber,issuedAt,sellerTaxId,sellerName,buyerName,itemName,amount,taxRate,taxAmount";

    @Test
    void rowsOfOneInvoiceBecomeItsLinesAndBlankTotalsAreTheirSums() {
        List<ParsedInvoice> parsed = CsvInvoices.read(
                HEADER + "\n"
                        + "N1,2026-11-01 10:00:00,S1,卖方,买方,*服务*咨询,1000,6%,60\n"
                        + "N2,2026/11/02,S1,卖方,买方,*服务*培训,200.00,0.06,12.00\n"
                        + "N1,2026-11-01 10:00:00,S1,卖方,买方,*服务*设计,\"1,500.00\",0.06,90.00\n",
                100);

        assertThat(parsed).hasSize(2);
        Invoice first = parsed.get(0).invoice();
        assertThat(parsed.get(0).rows()).containsExactly(2, 4);
        assertThat(first.lines())
                .extracting(line -> line.lineNumber() + " " + line.amount() + " " + line.taxRate())
                .containsExactly("1 1000.00 0.06", "2 1500.00 0.06");
        assertThat(first.totalAmount()).isEqualByComparingTo("2500.00");
        assertThat(first.grandTotal()).isEqualByComparingTo(new BigDecimal("2650.00"));
        assertThat(first.issuedAt()).isEqualTo(LocalDateTime.of(2026, 11, 1, 10, 0));
        assertThat(parsed.get(1).invoice().issuedAt()).isEqualTo(LocalDateTime.of(2026, 11, 2, 0, 0));
        assertThat(parsed)
                .allSatisfy(invoice -> assertThat(invoice.formatFindings()).isEmpty());
    }

    @Test
    void unreadableCellsBecomeFindingsNamingRowAndColumn() {
        ParsedInvoice parsed = CsvInvoices.read(
                        HEADER + ",kind\nN1,yesterday,S1,卖方,买方,*服务*咨询,1000,6%,60,BLUEISH\n", 100)
                .get(0);

        assertThat(parsed.formatFindings())
                .extracting(finding -> finding.field() + " " + finding.code())
                .containsExactlyInAnyOrder("issuedAt CSV_FORMAT", "kind CSV_FORMAT");
        assertThat(parsed.formatFindings().get(0).messageEn()).startsWith("row 2:");
    }

    @Test
    void fileWithTooManyRowsOrMissingColumnsIsRefusedWhole() {
        String twoRows = HEADER + "\nN1,2026-11-01,S1,a,b,c,1,0.06,0.06\nN2,2026-11-01,S1,a,b,c,1,0.06,0.06\n";

        assertThatThrownBy(() -> CsvInvoices.read(twoRows, 1)).isInstanceOf(CsvUnreadable.class);
        assertThatThrownBy(() -> CsvInvoices.read("invoiceNumber\nN1\n", 10))
                .isInstanceOf(CsvUnreadable.class)
                .hasMessageContaining("sellerTaxId");
    }
}
