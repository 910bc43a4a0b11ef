package com.fapiaorelay.common.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** A scan or photo: the QR code always, the printed text when OCR is available. */
final class ImageInvoices {

    private ImageInvoices() {}

    static Reading read(byte[] content, Ocr ocr) throws UnreadableFile {
        BufferedImage image = decode(content);
        Optional<QrCodes.Found> found = QrCodes.locate(image);
        if (found.isEmpty()) {
            found = QrCodes.locate(ScanImages.prepare(image, 0));
        }
        Optional<InvoiceQr> qr = found.map(QrCodes.Found::qr);
        Optional<String> text = ocr.available()
                ? ocr.read(ScanImages.prepare(
                        image, found.map(QrCodes.Found::rotation).orElse(0.0)))
                : Optional.empty();
        if (text.isEmpty()) {
            Reading reading = Reading.of(new DraftFields(), qr);
            reading.findings()
                    .add(
                            ocr.available()
                                    ? ExtractionFindings.unreadable("OCR found no text")
                                    : ExtractionFindings.needsTesseract());
            return reading;
        }
        List<String> lines = text.get().lines().toList();
        return Reading.of(TemplateText.read(lines, FieldSource.OCR, Corroboration.OCR), qr);
    }

    private static BufferedImage decode(byte[] content) throws UnreadableFile {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                throw new UnreadableFile("image cannot be decoded");
            }
            return image;
        } catch (IOException e) {
            throw new UnreadableFile("image cannot be decoded: " + e.getMessage());
        }
    }
}
