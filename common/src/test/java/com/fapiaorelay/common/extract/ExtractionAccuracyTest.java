package com.fapiaorelay.common.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The synthetic corpus, written to target/extraction-corpus with each file's expected values beside it, read back
 * and scored per format against the goals of issue 18. Prints the table docs/benchmarks.md records.
 */
class ExtractionAccuracyTest {

    private static final Path CORPUS = Path.of("target", "extraction-corpus");
    private static final int TEXT_FILES = 40;
    private static final int SCANS = 12;
    private static final float SCAN_DPI = 200;
    private static final InvoiceExtractor EXTRACTOR = InvoiceExtractor.withDefaults();
    private static final Map<String, Score> SCORES = new LinkedHashMap<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        Files.createDirectories(CORPUS);
        Score qr = score("QR code");
        for (int seed = 1; seed <= TEXT_FILES; seed++) {
            Invoice invoice = SyntheticInvoices.invoice(seed);
            read("XML", seed + ".xml", InvoiceFiles.xml(invoice), ExpectedFields.of(invoice, true));
            Map<String, String> printed = ExpectedFields.of(invoice, false);
            byte[] pdf = InvoicePdf.of(invoice);
            qr.add(seed + ".pdf", qrFields(invoice), qrOnly(read("PDF text", seed + ".pdf", pdf, printed)), 0);
            qr.add(
                    seed + ".ofd",
                    qrFields(invoice),
                    qrOnly(read("OFD text", seed + ".ofd", InvoiceOfd.of(invoice), printed)),
                    0);
            if (seed <= SCANS) {
                BufferedImage scan = Scans.of(pdf, SCAN_DPI, new Random(seed));
                String name = seed + (seed % 2 == 0 ? ".jpg" : ".png");
                byte[] bytes = InvoiceFiles.encode(scan, seed % 2 == 0 ? "jpg" : "png");
                qr.add(name, qrFields(invoice), qrOnly(read("Scan 200 dpi (OCR)", name, bytes, printed)), 0);
            }
        }
        printTable();
    }

    @Test
    void readsEveryXmlFieldExactly() {
        assertThat(SCORES.get("XML").rightShare()).isEqualTo(1.0);
    }

    @Test
    void readsEveryQrCodeExactly() {
        assertThat(SCORES.get("QR code").rightShare()).isEqualTo(1.0);
    }

    @Test
    void readsAtLeast98PercentOfPdfAndOfdTextFields() {
        assertThat(SCORES.get("PDF text").rightShare()).isGreaterThanOrEqualTo(0.98);
        assertThat(SCORES.get("OFD text").rightShare()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void readsAtLeast90PercentOfScanFields() {
        assertThat(SCORES.get("Scan 200 dpi (OCR)").rightShare()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void showsNoWrongAmountOrTaxIdAsCertain() {
        SCORES.forEach(
                (format, score) -> assertThat(score.confidentlyWrong).as(format).isEmpty());
    }

    private static Extraction read(String format, String name, byte[] file, Map<String, String> expected)
            throws IOException {
        Path written = CORPUS.resolve(name);
        Files.write(written, file);
        Files.writeString(
                CORPUS.resolve(name + ".expected.json"),
                FapiaoJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(expected));
        long started = System.nanoTime();
        Extraction extraction = EXTRACTOR.extract(file);
        score(format).add(name, expected, extraction, System.nanoTime() - started);
        return extraction;
    }

    private static Map<String, String> qrFields(Invoice invoice) {
        return Map.of(
                "number", invoice.invoiceNumber(),
                "date", invoice.issuedAt().toLocalDate().toString(),
                "total", invoice.grandTotal().toPlainString());
    }

    /** The QR code's own values as an extraction, so the score counts them like any other field. */
    private static Extraction qrOnly(Extraction extraction) {
        InvoiceQr qr = extraction.qrCode();
        java.util.List<ExtractedField> fields = qr == null
                ? java.util.List.of()
                : java.util.List.of(
                        new ExtractedField("number", qr.invoiceNumber(), FieldSource.QR, 1),
                        new ExtractedField("date", qr.date().toString(), FieldSource.QR, 1),
                        new ExtractedField("total", qr.amount().toPlainString(), FieldSource.QR, 1));
        return new Extraction(
                extraction.format(), extraction.draft(), fields, qr, java.util.List.of(), extraction.validation());
    }

    private static Score score(String format) {
        return SCORES.computeIfAbsent(format, name -> new Score());
    }

    private static void printTable() {
        System.out.println(
                "| format | files | fields | right | left empty | wrong | wrong shown as certain | time per file |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        SCORES.forEach((format, score) -> System.out.println(score.row(format)));
        SCORES.forEach(
                (format, score) -> score.wrongExamples.forEach(example -> System.out.println(format + ": " + example)));
    }
}
