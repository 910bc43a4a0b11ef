package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static com.fapiaorelay.common.validation.Corpus.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxpayerIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"91110108MA01AB3CX1", "91110105MA7K2D9E6W", "91110101MA00H0PJ4A"})
    void acceptsValidUsccs(String id) {
        assertThat(validate(normalWith("/seller/taxId", id)).findings()).isEmpty();
    }

    @Test
    void computesTheCheckCharacterOfGb32100() {
        assertThat(Uscc.checkCharacter("91110108MA01AB3CX")).isEqualTo('1');
        assertThat(Uscc.checkCharacter("91110105MA7K2D9E6")).isEqualTo('W');
        assertThat(Uscc.checkCharacter("91350211M00013FA1")).isEqualTo('3');
    }

    @Test
    void warnsOnUsccCheckCharacterAndSuggestsTheRightOne() {
        ValidationReport report = validate(normalWith("/seller/taxId", "91350211M00013FA1N"));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("TAXID_CHECKSUM");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.field()).isEqualTo("seller.taxId");
            assertThat(finding.suggestedFix()).isEqualTo("91350211M00013FA13");
            assertThat(finding.messageZh()).contains("应为 3");
            assertThat(finding.messageEn()).contains("should be 3");
        });
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void rejectsUsccWithCharactersOutsideItsAlphabetAndSuggestsTheLikelyOne() {
        ValidationReport report = validate(normalWith("/seller/taxId", "9111O108MA01AB3CXI"));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("TAXID_FORMAT");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.suggestedFix()).isEqualTo("91110108MA01AB3CX1");
        });
    }

    @Test
    void suggestsTheIdWithoutSpacesOrLowerCase() {
        Finding finding = validate(normalWith("/buyer/taxId", " 91110105ma7k2d9e6w "))
                .findings()
                .get(0);

        assertThat(finding.field()).isEqualTo("buyer.taxId");
        assertThat(finding.suggestedFix()).isEqualTo("91110105MA7K2D9E6W");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110108801234567", "11010519491231002", "11010519491231002X01"})
    void acceptsOlderIdsOf15And17And20Characters(String id) {
        assertThat(validate(normalWith("/buyer/taxId", id)).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101088012345", "110108-80123456", "91110108MA01AB3CX12", "1101051949123100ZZ01"})
    void rejectsIdsOfOtherShapesWithoutGuessingAFix(String id) {
        assertThat(validate(normalWith("/buyer/taxId", id)).findings())
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("TAXID_FORMAT");
                    assertThat(finding.suggestedFix()).isNull();
                });
    }

    @Test
    void neverRepeatsTheIdInItsMessages() {
        Finding finding = validate(normalWith("/buyer/taxId", "11010519491231002Y01"))
                .findings()
                .get(0);

        assertThat(finding.messageZh() + finding.messageEn()).doesNotContain("110105");
    }
}
