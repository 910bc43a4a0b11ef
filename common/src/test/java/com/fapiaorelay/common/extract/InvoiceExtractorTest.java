package com.fapiaorelay.common.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.testsupport.TestInvoices;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InvoiceExtractorTest {

    private static final Invoice INVOICE = SyntheticInvoices.invoice(7);
    private final InvoiceExtractor withoutOcr = new InvoiceExtractor(InvoiceValidator.withDefaults(), Ocr.none());

    @Test
    void readsTheDigitalInvoiceQrCodeWithEmptyFieldsKept() {
        InvoiceQr qr = InvoiceQr.parse("01,32,,25432000000031411143,655.00,20250311,,19E3")
                .orElseThrow();

        assertThat(qr.digital()).isTrue();
        assertThat(qr.special()).isFalse();
        assertThat(qr.invoiceNumber()).isEqualTo("25432000000031411143");
        assertThat(qr.amount()).isEqualByComparingTo("655.00");
        assertThat(qr.date()).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void readsAnOlderInvoiceQrCodeAndRefusesOtherText() {
        InvoiceQr older = InvoiceQr.parse("01,10,011001900111,12345678,100.00,20190105,12345678901234567890,A1B2,")
                .orElseThrow();

        assertThat(older.digital()).isFalse();
        assertThat(older.invoiceCode()).isEqualTo("011001900111");
        assertThat(InvoiceQr.parse("https://example.com/p/abc")).isEmpty();
        assertThat(InvoiceQr.parse("01,32,,123,abc,20250311,,19E3")).isEmpty();
    }

    @Test
    void takesEveryValueFromTheXmlAsCertain() {
        Extraction extraction = withoutOcr.extract(InvoiceFiles.xml(INVOICE));

        assertThat(extraction.format()).isEqualTo(FileFormat.XML);
        assertThat(extraction.draft().invoiceNumber()).isEqualTo(INVOICE.invoiceNumber());
        assertThat(extraction.draft().grandTotal()).isEqualByComparingTo(INVOICE.grandTotal());
        assertThat(extraction.draft().lines()).hasSameSizeAs(INVOICE.lines());
        assertThat(extraction.fields())
                .allSatisfy(field -> assertThat(field.source()).isEqualTo(FieldSource.XML));
        assertThat(extraction.uncertainFields()).isEmpty();
    }

    @Test
    void reportsAPrintedTotalThatDisagreesWithTheQrCode() {
        Invoice tampered = TestInvoices.withGrandTotal(
                INVOICE, INVOICE.grandTotal().add(BigDecimal.TEN).toPlainString());
        byte[] pdf = InvoicePdf.of(tampered, TemplateLayout.qrText(INVOICE));

        Extraction extraction = withoutOcr.extract(pdf);

        assertThat(extraction.extractionFindings())
                .extracting(Finding::code, Finding::field, Finding::suggestedFix)
                .contains(tuple(
                        "EXTRACT_QR_DISAGREES",
                        "grandTotal",
                        INVOICE.grandTotal().toPlainString()));
        assertThat(extraction.field("grandTotal").confident()).isFalse();
    }

    @Test
    void readsOnlyTheQrCodeOfAScanWithoutTesseractAndSaysWhy() {
        byte[] scan = InvoiceFiles.png(Scans.of(InvoicePdf.of(INVOICE), 150, new Random(1)));

        Extraction extraction = withoutOcr.extract(scan);

        assertThat(extraction.extractionFindings()).extracting(Finding::code).contains("EXTRACT_NEEDS_TESSERACT");
        assertThat(extraction.draft().invoiceNumber()).isEqualTo(INVOICE.invoiceNumber());
        assertThat(extraction.draft().grandTotal()).isEqualByComparingTo(INVOICE.grandTotal());
        assertThat(extraction.draft().kind()).isEqualTo(INVOICE.kind());
        assertThat(extraction.draft().seller().name()).isNull();
    }

    @Test
    void refusesWhatIsNoInvoiceFile() {
        assertThat(withoutOcr.extract("hello".getBytes(StandardCharsets.UTF_8)).extractionFindings())
                .extracting(Finding::code)
                .containsExactly("EXTRACT_UNSUPPORTED_FORMAT");
        byte[] entity = ("<?xml version=\"1.0\"?><!DOCTYPE EInvoice [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<EInvoice>&x;</EInvoice>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(withoutOcr.extract(entity).extractionFindings())
                .extracting(Finding::code)
                .containsExactly("EXTRACT_UNREADABLE");
    }
}
