package com.fapiaorelay.sync.statuschange;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the commit-ordered timeline: the writing transaction's id, then the row's. Callers see it only as an
 * opaque token, so the order can change without breaking them.
 */
record ChangeCursor(long transactionId, long changeId) {

    static final ChangeCursor START = new ChangeCursor(0, 0);
    private static final String PREFIX = "c1.";

    static ChangeCursor parse(String token) {
        if (token == null || token.isBlank()) {
            return START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = text.split("\\.");
            if (parts.length == 3 && (parts[0] + ".").equals(PREFIX)) {
                var cursor = new ChangeCursor(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                if (cursor.transactionId() >= 0 && cursor.changeId() >= 0) {
                    return cursor;
                }
            }
        } catch (IllegalArgumentException notBase64OrNumber) {
            // answered below like any other token we never gave
        }
        throw CursorInvalid.of(token);
    }

    String token() {
        byte[] text = (PREFIX + transactionId + "." + changeId).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }
}
