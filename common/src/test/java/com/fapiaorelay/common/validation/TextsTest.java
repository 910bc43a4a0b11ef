package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static com.fapiaorelay.common.validation.Corpus.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"软件开发服务", "**软件开发服务", "*信息技术服务*", "*信息技术服务*软件*开发"})
    void rejectsItemNameNotWrittenStarCategoryStarName(String name) {
        assertThat(validate(normalWith("/lines/0/itemName", name)).codes()).containsExactly("ITEM_NAME_FORMAT");
    }

    @Test
    void suggestsTheLeadingStarWhenOnlyThatIsMissing() {
        Finding finding = validate(normalWith("/lines/0/itemName", "信息技术服务*软件开发服务"))
                .findings()
                .get(0);

        assertThat(finding.suggestedFix()).isEqualTo("*信息技术服务*软件开发服务");
    }

    @ParameterizedTest
    @ValueSource(strings = {"304020199000000000", "30402019900000000000", "304020199000000000A"})
    void rejectsClassificationCodeThatIsNotNineteenDigits(String code) {
        assertThat(validate(normalWith("/lines/1/taxClassificationCode", code)).findings())
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("CLASSIFICATION_CODE");
                    assertThat(finding.field()).isEqualTo("lines[1].taxClassificationCode");
                });
    }

    @Test
    void onlyWarnsAboutAMissingClassificationCode() {
        ValidationReport report = validate(normalWith("/lines/1/taxClassificationCode", null));

        assertThat(report.codes()).containsExactly("CLASSIFICATION_CODE_MISSING");
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void rejectsTextLongerThanItsLimitCountingCharactersNotBytes() {
        assertThat(validate(normalWith("/remarks", "备".repeat(200))).findings()).isEmpty();

        Finding finding =
                validate(normalWith("/remarks", "备".repeat(201))).findings().get(0);

        assertThat(finding.code()).isEqualTo("FIELD_TOO_LONG");
        assertThat(finding.field()).isEqualTo("remarks");
        assertThat(finding.messageEn()).isEqualTo("201 characters long, over the limit of 200");
    }

    @Test
    void appliesEachFieldsOwnLimit() {
        String item = "*信息技术服务*" + "软".repeat(83);

        assertThat(validate(normalWith("/buyer/name", "买".repeat(101))).findings())
                .extracting(Finding::field)
                .containsExactly("buyer.name");
        assertThat(validate(normalWith("/lines/0/itemName", item)).findings())
                .extracting(Finding::field)
                .containsExactly("lines[0].itemName");
        assertThat(validate(normalWith("/lines/2/specification", "K".repeat(41)))
                        .findings())
                .extracting(Finding::field)
                .containsExactly("lines[2].specification");
        assertThat(validate(normalWith("/issuer", "张".repeat(17))).findings())
                .extracting(Finding::field)
                .containsExactly("issuer");
    }
}
