package com.fapiaorelay.upload.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.common.extract.Extraction;
import com.fapiaorelay.common.extract.FieldSource;
import com.fapiaorelay.common.extract.InvoiceExtractor;
import com.fapiaorelay.common.extract.Ocr;
import com.fapiaorelay.common.validation.InvoiceValidator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

class ExtractionControllerTest {

    private static final String XML = "<EInvoice><EInvoiceData><SellerInformation><SellerIdNum>91110108MA01AB3CX1"
            + "</SellerIdNum><SellerName>北京示例科技有限公司</SellerName></SellerInformation><BasicInformation>"
            + "<TotalAmWithoutTax>100.00</TotalAmWithoutTax><TotalTaxAm>6.00</TotalTaxAm>"
            + "<TotalTax-includedAmount>106.00</TotalTax-includedAmount></BasicInformation></EInvoiceData>"
            + "<TaxSupervisionInfo><InvoiceNumber>26117000000212341234</InvoiceNumber><IssueTime>2026-03-01"
            + "</IssueTime></TaxSupervisionInfo></EInvoice>";

    private final ExtractionController controller = new ExtractionController(
            new InvoiceExtractor(InvoiceValidator.withDefaults(), Ocr.none()),
            new ExtractionProperties(DataSize.ofKilobytes(4)));

    @Test
    void answersTheDraftOfAnUploadedXmlWithItsSourcesAndFindings() throws Exception {
        Extraction extraction = controller.extractPart(
                new MockMultipartFile("file", "invoice.xml", "application/xml", XML.getBytes(StandardCharsets.UTF_8)));

        assertThat(extraction.draft().invoiceNumber()).isEqualTo("26117000000212341234");
        assertThat(extraction.draft().sellerTaxId()).isEqualTo("91110108MA01AB3CX1");
        assertThat(extraction.field("grandTotal").source()).isEqualTo(FieldSource.XML);
        assertThat(extraction.validation().codes()).isNotEmpty();
    }

    @Test
    void refusesAnEmptyOrOversizedFile() {
        assertThatThrownBy(() -> controller.extractBody(new byte[0])).isInstanceOf(ExtractionRefused.class);
        assertThatThrownBy(() -> controller.extractBody(new byte[5_000]))
                .isInstanceOf(ExtractionRefused.class)
                .hasMessageContaining("4096");
    }
}
