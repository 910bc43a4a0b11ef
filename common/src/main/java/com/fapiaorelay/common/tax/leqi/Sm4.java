package com.fapiaorelay.common.tax.leqi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4 (GB/T 32907) in ECB mode through BouncyCastle, as 乐企 encrypts bodies: Base64 of SM4/ECB/PKCS7 of the UTF-8
 * JSON, under a key of 32 hex characters (docs/leqi.md).
 */
public final class Sm4 {

    private final KeyParameter key;

    private Sm4(byte[] key) {
        if (key.length != 16) {
            throw new IllegalArgumentException("an SM4 key is 16 bytes (32 hex characters), was " + key.length);
        }
        this.key = new KeyParameter(key);
    }

    public static Sm4 withHexKey(String hexKey) {
        return new Sm4(HexFormat.of().parseHex(hexKey));
    }

    public String encryptToBase64(String plainText) {
        byte[] cipherText = run(padded(), true, plainText.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(cipherText);
    }

    /** Throws {@link Undecryptable} for text that is not Base64, not whole blocks, or not padded under this key. */
    public String decryptFromBase64(String base64) {
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new Undecryptable("not Base64", e);
        }
        return new String(run(padded(), false, cipherText), StandardCharsets.UTF_8);
    }

    /** One raw block each, no padding: the standard's known-answer test. */
    byte[] encryptBlocks(byte[] blocks) {
        return run(new BufferedBlockCipher(new SM4Engine()), true, blocks);
    }

    private static PaddedBufferedBlockCipher padded() {
        return new PaddedBufferedBlockCipher(new SM4Engine(), new PKCS7Padding());
    }

    private byte[] run(BufferedBlockCipher cipher, boolean encrypt, byte[] input) {
        cipher.init(encrypt, key);
        byte[] output = new byte[cipher.getOutputSize(input.length)];
        try {
            int length = cipher.processBytes(input, 0, input.length, output, 0);
            length += cipher.doFinal(output, length);
            return Arrays.copyOf(output, length);
        } catch (InvalidCipherTextException | DataLengthException | IllegalStateException e) {
            throw new Undecryptable("not SM4 under this key", e);
        }
    }

    /** A body that does not decrypt: wrong key, cut short, or not Base64. */
    public static final class Undecryptable extends RuntimeException {
        Undecryptable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
