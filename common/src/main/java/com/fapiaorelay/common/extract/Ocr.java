package com.fapiaorelay.common.extract;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** Text recognition for scans and photos; without it, images yield only their QR code. */
public interface Ocr {

    /** The page's text, line by line, or empty when recognition is not available here. */
    Optional<String> read(BufferedImage page);

    boolean available();

    /** Tesseract through tess4j when the system has it with the Simplified Chinese data, otherwise none. */
    static Ocr system() {
        return TesseractOcr.find().map(Ocr.class::cast).orElse(none());
    }

    static Ocr none() {
        return new Ocr() {
            @Override
            public Optional<String> read(BufferedImage page) {
                return Optional.empty();
            }

            @Override
            public boolean available() {
                return false;
            }
        };
    }
}
