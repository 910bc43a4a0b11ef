package com.fapiaorelay.common.tax.leqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Sm4Test {

    /** The key of the public Takin-web captures (test resources leqi/README.md). */
    static final String CAPTURE_KEY = "036a6a04e748b702dbbeb6e4b91e5ff5";

    private final Sm4 captureKey = Sm4.withHexKey(CAPTURE_KEY);

    @Test
    void matchesTheStandardsKnownAnswer() {
        String hex = "0123456789abcdeffedcba9876543210";
        byte[] cipherText = Sm4.withHexKey(hex).encryptBlocks(HexFormat.of().parseHex(hex));
        assertThat(HexFormat.of().formatHex(cipherText)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qdfpsc-request", "qdfpsc-answer", "cxqdfpscjg-request", "cxqdfpscjg-answer"})
    void decryptsTheCapturedTrafficAndEncryptsItBackByteForByte(String capture) throws IOException {
        String wire = resource(capture + ".b64");
        String json = resource(capture + ".json");

        assertThat(captureKey.decryptFromBase64(wire)).isEqualTo(json);
        assertThat(captureKey.encryptToBase64(json)).isEqualTo(wire);
    }

    @Test
    void refusesABodyUnderAnotherKey() throws IOException {
        String wire = resource("qdfpsc-answer.b64");
        assertThatThrownBy(
                        () -> Sm4.withHexKey("00112233445566778899aabbccddeeff").decryptFromBase64(wire))
                .isInstanceOf(Sm4.Undecryptable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 at all!", "AAAA", ""})
    void refusesWhatIsNotWholeBlocksOfBase64(String body) {
        assertThatThrownBy(() -> captureKey.decryptFromBase64(body)).isInstanceOf(Sm4.Undecryptable.class);
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> Sm4.withHexKey("0123")).isInstanceOf(IllegalArgumentException.class);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Sm4Test.class.getResourceAsStream("/leqi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
