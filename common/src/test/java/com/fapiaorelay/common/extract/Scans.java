package com.fapiaorelay.common.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A printed-and-scanned look: the PDF rasterised, turned by up to a degree, with sensor noise and specks. */
final class Scans {

    private Scans() {}

    static BufferedImage of(byte[] pdf, float dpi, Random random) {
        BufferedImage page = render(pdf, dpi);
        double degrees = (0.3 + random.nextDouble() * 0.7) * (random.nextBoolean() ? 1 : -1);
        BufferedImage turned = rotate(page, Math.toRadians(degrees));
        addNoise(turned, random);
        return turned;
    }

    private static BufferedImage render(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage rotate(BufferedImage page, double radians) {
        BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, page.getWidth(), page.getHeight());
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(
                page, AffineTransform.getRotateInstance(radians, page.getWidth() / 2.0, page.getHeight() / 2.0), null);
        graphics.dispose();
        return turned;
    }

    private static void addNoise(BufferedImage image, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int grey = (image.getRGB(x, y) & 0xff) + (int) (random.nextGaussian() * 18);
                if (random.nextInt(2_000) == 0) {
                    grey = random.nextInt(120);
                }
                int clamped = Math.max(0, Math.min(255, grey));
                image.setRGB(x, y, clamped << 16 | clamped << 8 | clamped);
            }
        }
    }
}
