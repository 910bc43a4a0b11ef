package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static com.fapiaorelay.common.validation.Corpus.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GarbledTextTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void suggestsRepairedTextForUtf8ReadAsGbk() {
        assertThat(Mojibake.repaired("鍙戠エ")).isEqualTo("发票");

        Finding finding = validate(normalWith("/lines/0/itemName", "*杩愯緭鏈嶅姟*杩愯垂"))
                .findings()
                .get(0);

        assertThat(finding.code()).isEqualTo("MISDECODED_TEXT");
        assertThat(finding.field()).isEqualTo("lines[0].itemName");
        assertThat(finding.suggestedFix()).isEqualTo("*运输服务*运费");
        assertThat(finding.messageZh()).endsWith("*运输服务*运费");
        assertThat(finding.messageEn()).endsWith("*运输服务*运费");
    }

    @Test
    void flagsUtf8ReadAsGbkAsLostWhenTheDecoderHadToReplaceBytes() {
        // An odd byte left over at the end became U+FFFD: part of the original is gone, so no repair is offered.
        String garbled = readAsGbk("*信息技术服务*软件开发服务");

        assertThat(garbled).contains("\uFFFD");
        assertThat(validate(normalWith("/lines/0/itemName", garbled)).codes()).containsExactly("GARBLED_TEXT");
    }

    @Test
    void suggestsRepairedTextForUtf8ReadAsLatin1() {
        String garbled = new String("北京市海淀区".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        Finding finding =
                validate(normalWith("/seller/address", garbled)).findings().get(0);

        assertThat(finding.code()).isEqualTo("MISDECODED_TEXT");
        assertThat(finding.field()).isEqualTo("seller.address");
        assertThat(finding.suggestedFix()).isEqualTo("北京市海淀区");
    }

    @ParameterizedTest
    @ValueSource(strings = {"北京锟斤拷有限公司", "北京\uFFFD\uFFFD有限公司", "Ã©Ã©"})
    void flagsTextWhoseOriginalIsLostWithoutGuessing(String text) {
        Finding finding = validate(normalWith("/buyer/name", text)).findings().get(0);

        assertThat(finding.code()).isEqualTo("GARBLED_TEXT");
        assertThat(finding.field()).isEqualTo("buyer.name");
        assertThat(finding.suggestedFix()).isNull();
    }

    @Test
    void flagsGbkReadAsUtf8ByItsReplacementCharacters() {
        String garbled = new String("发票".getBytes(GBK), StandardCharsets.UTF_8);

        assertThat(validate(normalWith("/remarks", garbled)).codes()).containsExactly("GARBLED_TEXT");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"北京示例科技有限公司", "合同号 HT-2026-001", "Café Müller GmbH 北京代表处", "规格 10m² ±0.5°C", "English only"})
    void leavesSoundTextAlone(String text) {
        assertThat(validate(normalWith("/remarks", text)).findings()).isEmpty();
    }

    @Test
    void checksEveryTextFieldOfPartiesLinesAndHeader() {
        String garbled = readAsGbk("发票");
        for (String pointer : new String[] {
            "/seller/name",
            "/seller/bank",
            "/buyer/address",
            "/issuer",
            "/remarks",
            "/lines/2/specification",
            "/lines/2/unit"
        }) {
            assertThat(validate(normalWith(pointer, garbled)).codes())
                    .as(pointer)
                    .contains("MISDECODED_TEXT");
        }
    }

    private static String readAsGbk(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), GBK);
    }
}
