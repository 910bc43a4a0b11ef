package com.fapiaorelay.sandbox.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque list cursor: the last invoice number a page held, so the next page starts after it. */
final class ListCursor {

    private static final String PREFIX = "after:";

    private ListCursor() {}

    static String encode(String lastNumber) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + lastNumber).getBytes(StandardCharsets.UTF_8));
    }

    /** The number to start after; the empty string, which sorts before every number, for the first page. */
    static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw Refusal.badRequest("cursor unreadable");
            }
            return text.substring(PREFIX.length());
        } catch (IllegalArgumentException e) {
            throw Refusal.badRequest("cursor unreadable");
        }
    }
}
