package com.fapiaorelay.common.extract;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.TesseractException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract 5 with {@code chi_sim}, page segmentation 6 (one uniform block: the template's rows are read straight
 * across both columns, which is the order the template parser expects). One engine per call: tess4j's engine is
 * not thread-safe.
 */
final class TesseractOcr implements Ocr {

    private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);
    private static final String LANGUAGE = "chi_sim";
    private static final int UNIFORM_BLOCK = 6;
    private static final List<String> DATA_DIRECTORIES = List.of(
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata");

    private final Path data;

    private TesseractOcr(Path data) {
        this.data = data;
    }

    static Optional<TesseractOcr> find() {
        for (Path directory : candidates()) {
            if (Files.isRegularFile(directory.resolve(LANGUAGE + ".traineddata"))) {
                TesseractOcr ocr = new TesseractOcr(directory);
                return ocr.engineLoads() ? Optional.of(ocr) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> read(BufferedImage page) {
        try {
            return Optional.of(engine().doOCR(page));
        } catch (TesseractException e) {
            log.warn("OCR failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public boolean available() {
        return true;
    }

    private Tesseract engine() {
        Tesseract tesseract = new Tesseract();
        tesseract.setDatapath(data.toString());
        tesseract.setLanguage(LANGUAGE);
        tesseract.setPageSegMode(UNIFORM_BLOCK);
        tesseract.setVariable("preserve_interword_spaces", "1");
        tesseract.setVariable("user_defined_dpi", "200");
        return tesseract;
    }

    /** The Java side is there; the native library may not be (no tesseract-ocr package). */
    private boolean engineLoads() {
        try {
            engine().doOCR(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY));
            return true;
        } catch (TesseractException | LinkageError e) {
            log.info("Tesseract is not usable here, scans will yield only their QR code: {}", e.toString());
            return false;
        }
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            candidates.add(Path.of(prefix));
        }
        DATA_DIRECTORIES.forEach(directory -> candidates.add(Path.of(directory)));
        return candidates;
    }
}
