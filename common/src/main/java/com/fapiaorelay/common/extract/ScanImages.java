package com.fapiaorelay.common.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A scan made ready for OCR: turned straight (by the angle the QR code shows) so that the template's rows stay
 * rows, and freed of specks and sensor noise with a 3 × 3 median filter.
 */
final class ScanImages {

    /** Below a tenth of a degree turning would only blur the page. */
    private static final double NEGLIGIBLE_RADIANS = Math.toRadians(0.1);
    /** Tesseract reads small Chinese characters better at about 30 pixels high than at a 200 dpi scan's 22. */
    private static final double UPSCALE = 1.5;

    private ScanImages() {}

    static BufferedImage prepare(BufferedImage scan, double rotation) {
        return median(grey(scan, Math.abs(rotation) < NEGLIGIBLE_RADIANS ? 0 : -rotation, UPSCALE));
    }

    private static BufferedImage grey(BufferedImage scan, double radians, double scale) {
        int width = (int) (scan.getWidth() * scale);
        int height = (int) (scan.getHeight() * scale);
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = grey.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, grey.getWidth(), grey.getHeight());
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        AffineTransform transform = AffineTransform.getRotateInstance(radians, width / 2.0, height / 2.0);
        transform.scale(scale, scale);
        graphics.drawImage(scan, transform, null);
        graphics.dispose();
        return grey;
    }

    private static BufferedImage median(BufferedImage grey) {
        int width = grey.getWidth();
        int height = grey.getHeight();
        byte[] pixels = new byte[width * height];
        grey.getRaster().getDataElements(0, 0, width, height, pixels);
        byte[] filtered = pixels.clone();
        int[] window = new int[9];
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        window[n++] = pixels[(y + dy) * width + x + dx] & 0xff;
                    }
                }
                java.util.Arrays.sort(window);
                filtered[y * width + x] = (byte) window[4];
            }
        }
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        result.getRaster().setDataElements(0, 0, width, height, filtered);
        return result;
    }
}
