package com.fapiaorelay.upload.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Raw keys and their hashes. A key carries 256 random bits, so a plain SHA-256 is enough to store it: there is
 * nothing to guess that a slow hash would protect.
 */
final class ApiKeySecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    static String newRawKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "frk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String rawKey) {
        return HexFormat.of().formatHex(sha256(rawKey));
    }

    /** Compares in constant time, so response timing does not reveal how much of a secret matched. */
    static boolean matches(String presented, String expected) {
        return presented != null && MessageDigest.isEqual(sha256(presented), sha256(expected));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
