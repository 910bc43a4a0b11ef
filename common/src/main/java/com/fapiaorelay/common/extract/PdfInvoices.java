package com.fapiaorelay.common.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF invoice: the first page's text layer in reading order, and the QR code from the page rendered. */
final class PdfInvoices {

    /** Enough for the 20 mm QR code of the template to have several pixels per module. */
    private static final float QR_DPI = 150;

    private PdfInvoices() {}

    static Reading read(byte[] content) throws UnreadableFile {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableFile("PDF without pages");
            }
            List<String> lines = text(document).lines().toList();
            DraftFields draft = TemplateText.read(lines, FieldSource.TEXT, Corroboration.TEXT);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, QR_DPI, ImageType.GRAY);
            return Reading.of(draft, QrCodes.find(page));
        } catch (IOException e) {
            throw new UnreadableFile("PDF cannot be opened: " + e.getMessage());
        }
    }

    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        return stripper.getText(document);
    }
}
