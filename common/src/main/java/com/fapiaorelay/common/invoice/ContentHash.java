package com.fapiaorelay.common.invoice;

import com.fapiaorelay.common.json.FapiaoJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over an invoice's canonical JSON: equal hashes mean the same content. */
public final class ContentHash {

    private ContentHash() {}

    public static String of(Invoice invoice) {
        // straight to UTF-8 bytes: a String in between was copied and encoded again, a hot spot of the sandbox
        return digest(FapiaoJson.mapper().writeValueAsBytes(invoice));
    }

    /** The hash of JSON already written by {@link FapiaoJson}'s mapper, for callers that keep the JSON too. */
    public static String ofJson(String canonicalJson) {
        return digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
