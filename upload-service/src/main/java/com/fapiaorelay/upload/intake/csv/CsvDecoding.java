package com.fapiaorelay.upload.intake.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the uploaded bytes into text. Chinese finance software often exports GBK, so a file that declares no
 * charset is read as strict UTF-8 first and as GB18030 (a superset of GBK) when that fails.
 */
final class CsvDecoding {

    static final Charset GBK_FAMILY = Charset.forName("GB18030");

    private CsvDecoding() {}

    /** The text and the charset it was read with; {@code declared} may be null. */
    static DecodedText decode(byte[] bytes, Charset declared) {
        if (declared != null) {
            return new DecodedText(strictly(bytes, declared), declared);
        }
        try {
            return new DecodedText(withoutBom(decodeStrictly(bytes, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(strictly(bytes, GBK_FAMILY), GBK_FAMILY);
        }
    }

    private static String strictly(byte[] bytes, Charset charset) {
        try {
            return withoutBom(decodeStrictly(bytes, charset));
        } catch (CharacterCodingException e) {
            throw CsvUnreadable.notDecodable(charset);
        }
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    record DecodedText(String text, Charset charset) {}
}
