package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.invoice.Invoice;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The template as a PDF with embedded Chinese text (WenQuanYi Zen Hei, Debian's fonts-wqy-zenhei) and the QR code. */
final class InvoicePdf {

    static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final float POINTS_PER_MM = 72f / 25.4f;

    private InvoicePdf() {}

    static byte[] of(Invoice invoice) {
        return of(invoice, TemplateLayout.qrText(invoice));
    }

    /** A PDF whose QR code says {@code qrText}, which a tampered file may not match. */
    static byte[] of(Invoice invoice, String qrText) {
        try (PDDocument document = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(FONT);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont zenHei = fonts.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(document, zenHei, true);
            PDPage page = new PDPage(new PDRectangle(mm(TemplateLayout.WIDTH), mm(TemplateLayout.HEIGHT)));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (TemplateLayout.Cell cell : TemplateLayout.cells(invoice)) {
                    content.beginText();
                    content.setFont(font, mm(cell.size()));
                    content.newLineAtOffset(mm(cell.x()), mm(TemplateLayout.HEIGHT - cell.y()));
                    content.showText(cell.text());
                    content.endText();
                }
                PDImageXObject qr = LosslessFactory.createFromImage(document, InvoiceFiles.qrImage(qrText, 200));
                float size = mm(TemplateLayout.QR_SIZE);
                content.drawImage(
                        qr,
                        mm(TemplateLayout.QR_X),
                        mm(TemplateLayout.HEIGHT - TemplateLayout.QR_Y) - size,
                        size,
                        size);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float mm(double millimetres) {
        return (float) (millimetres * POINTS_PER_MM);
    }
}
