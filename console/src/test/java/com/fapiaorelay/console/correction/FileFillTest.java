package com.fapiaorelay.console.correction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.extract.Extraction;
import com.fapiaorelay.common.extract.InvoiceExtractor;
import com.fapiaorelay.common.extract.Ocr;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.validation.InvoiceValidator;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileFillTest {

    private static final String XML = "<EInvoice><EInvoiceData><SellerInformation><SellerIdNum>91110108MA01AB3CX1"
            + "</SellerIdNum><SellerName>北京示例科技有限公司</SellerName></SellerInformation><BasicInformation>"
            + "<TotalAmWithoutTax>100.00</TotalAmWithoutTax><TotalTaxAm>6.00</TotalTaxAm>"
            + "<TotalTax-includedAmount>106.00</TotalTax-includedAmount></BasicInformation>"
            + "<IssuItemInformation><ItemName>*信息技术服务*软件开发服务</ItemName><Amount>100.00</Amount>"
            + "<TaxRate>0.06</TaxRate><ComTaxAm>6.00</ComTaxAm></IssuItemInformation></EInvoiceData>"
            + "<TaxSupervisionInfo><InvoiceNumber>26117000000212341234</InvoiceNumber><IssueTime>2026-03-01"
            + "</IssueTime></TaxSupervisionInfo></EInvoice>";

    private final Extraction extraction = new InvoiceExtractor(InvoiceValidator.withDefaults(), Ocr.none())
            .extract(XML.getBytes(StandardCharsets.UTF_8));

    @Test
    void fillsTheFormFromTheDraftWithoutInventingAnOriginal() {
        InvoiceForm blank = InvoiceForm.extracted(extraction.draft(), null);
        InvoiceForm correcting =
                InvoiceForm.extracted(extraction.draft(), new InvoiceKey("91110105MA7K2D9E6W", "26117000000000000009"));

        assertThat(blank.originalKey()).isNull();
        assertThat(blank.invoiceNumber()).isEqualTo("26117000000212341234");
        assertThat(blank.seller().taxId()).isEqualTo("91110108MA01AB3CX1");
        assertThat(blank.lines().get(0).amount()).isEqualTo("100.00");
        assertThat(correcting.originalKey().invoiceNumber()).isEqualTo("26117000000000000009");
    }

    @Test
    void marksEachFilledFieldWithItsSourceAndADateWithoutTimeAsUncertain() {
        FileFill fill = FileFill.of("invoice.xml", extraction);

        assertThat(fill.marks())
                .contains(Map.of("field", "seller.taxId", "source", "XML", "confidence", "1.00", "uncertain", false))
                .contains(Map.of("field", "issuedAt", "source", "XML", "confidence", "1.00", "uncertain", true));
    }
}
