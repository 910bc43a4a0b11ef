package com.fapiaorelay.common.invoice;

import com.fapiaorelay.common.json.FapiaoJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over an invoice's canonical JSON: equal hashes mean the same content. */
public final class ContentHash {

    private ContentHash() {}

    public static String of(Invoice invoice) {
        // straight to UTF-8 bytes: a String in between was copied and encoded again, a hot spot of the sandbox
        byte[] json = FapiaoJson.mapper().writeValueAsBytes(invoice);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
