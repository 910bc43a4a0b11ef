package com.fapiaorelay.common.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;

/**
 * An OFD invoice (GB/T 33190): a ZIP of XML parts. The text objects of every page and template are put back into
 * lines by their positions; the QR code is looked for in the package's images. Entries are size-limited, since
 * a ZIP from outside may unpack to far more than it weighs.
 */
final class OfdInvoices {

    private static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    private static final int MAX_ENTRIES = 2_000;

    private OfdInvoices() {}

    static Reading read(byte[] content) throws UnreadableFile {
        Map<String, byte[]> entries = unzip(content);
        if (!entries.containsKey("OFD.xml")) {
            throw new UnreadableFile("ZIP without OFD.xml: not an OFD file");
        }
        List<OfdText.Run> runs = new ArrayList<>();
        Optional<InvoiceQr> qr = Optional.empty();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey().toLowerCase();
            if (name.endsWith("content.xml")) {
                runs.addAll(OfdText.runs(entry.getValue()));
            } else if (qr.isEmpty() && isImage(name)) {
                qr = qrIn(entry.getValue());
            }
        }
        DraftFields draft = TemplateText.read(OfdText.lines(runs), FieldSource.TEXT, Corroboration.TEXT);
        return Reading.of(draft, qr);
    }

    private static boolean isImage(String name) {
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".bmp");
    }

    private static Optional<InvoiceQr> qrIn(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            return decoded == null ? Optional.empty() : QrCodes.find(decoded);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Map<String, byte[]> unzip(byte[] content) throws UnreadableFile {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new UnreadableFile("OFD with more than " + MAX_ENTRIES + " parts");
                }
                byte[] bytes = zip.readNBytes((int) MAX_ENTRY_BYTES + 1);
                if (bytes.length > MAX_ENTRY_BYTES) {
                    throw new UnreadableFile("OFD part " + entry.getName() + " is larger than 20 MB");
                }
                entries.put(entry.getName().replaceFirst("^/", ""), bytes);
            }
        } catch (IOException e) {
            throw new UnreadableFile("OFD cannot be unpacked: " + e.getMessage());
        }
        return entries;
    }
}
