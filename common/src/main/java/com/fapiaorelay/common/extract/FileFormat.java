package com.fapiaorelay.common.extract;

import java.nio.charset.StandardCharsets;

/** The file kinds a clerk may drop, told apart by their first bytes rather than by the file's name. */
public enum FileFormat {
    XML,
    PDF,
    OFD,
    PNG,
    JPEG,
    UNKNOWN;

    public static FileFormat detect(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF")) {
            return PDF;
        }
        if (head.startsWith("PK")) {
            return OFD;
        }
        if (head.startsWith("\u0089PNG")) {
            return PNG;
        }
        if (head.startsWith("\u00ff\u00d8")) {
            return JPEG;
        }
        return head.stripLeading().startsWith("<") || head.startsWith("\u00ef\u00bb\u00bf<") ? XML : UNKNOWN;
    }
}
