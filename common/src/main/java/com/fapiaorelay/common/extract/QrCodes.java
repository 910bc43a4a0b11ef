package com.fapiaorelay.common.extract;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the invoice QR code in a page image; other barcodes on the page (a bank's, a shop's) are ignored. A noisy
 * scan defeats one binarizer now and then, so a second one is tried, and the image at other sizes. The code's finder patterns also tell how far
 * the page is turned.
 */
final class QrCodes {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER,
            Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS,
            List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.CHARACTER_SET,
            "UTF-8");
    /** ZXing's finder-pattern search misses some symbols at one size and finds them at another. */
    private static final double[] SCALES = {1, 0.5, 0.75};

    private static final List<Function<LuminanceSource, Binarizer>> BINARIZERS =
            List.of(HybridBinarizer::new, GlobalHistogramBinarizer::new);

    /** The QR code read, and the page's rotation in radians (clockwise positive) measured along its top edge. */
    record Found(InvoiceQr qr, double rotation) {}

    private QrCodes() {}

    static Optional<InvoiceQr> find(BufferedImage image) {
        return locate(image).map(Found::qr);
    }

    static Optional<Found> locate(BufferedImage image) {
        for (double scale : SCALES) {
            LuminanceSource source = new BufferedImageLuminanceSource(scale == 1 ? image : scaled(image, scale));
            for (Function<LuminanceSource, Binarizer> binarizer : BINARIZERS) {
                Optional<Found> found = decode(new BinaryBitmap(binarizer.apply(source)));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        int width = (int) (image.getWidth() * scale);
        int height = (int) (image.getHeight() * scale);
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = scaled.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return scaled;
    }

    private static Optional<Found> decode(BinaryBitmap bitmap) {
        try {
            for (Result result : new GenericMultipleBarcodeReader(new QRCodeReader()).decodeMultiple(bitmap, HINTS)) {
                Optional<InvoiceQr> qr = InvoiceQr.parse(result.getText());
                if (qr.isPresent()) {
                    return Optional.of(new Found(qr.get(), rotation(result.getResultPoints())));
                }
            }
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** ZXing reports the finder patterns bottom-left, top-left, top-right. */
    private static double rotation(ResultPoint[] points) {
        if (points == null || points.length < 3) {
            return 0;
        }
        return Math.atan2(points[2].getY() - points[1].getY(), points[2].getX() - points[1].getX());
    }
}
