package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static com.fapiaorelay.common.validation.Corpus.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineArithmeticTest {

    @Test
    void rejectsInvoiceWhoseTaxDoesNotMatchItsLines() {
        ValidationReport report =
                validate(normalWith("/lines/1/taxAmount", "150.07", "/totalTax", "1225.84", "/grandTotal", "18050.41"));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("LINE_TAX");
            assertThat(finding.field()).isEqualTo("lines[1].taxAmount");
            assertThat(finding.suggestedFix()).isEqualTo("150.00");
            assertThat(finding.messageZh()).contains("150.00", "0.06");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"149.94", "150.06"})
    void acceptsTaxWithinTheLineTolerance(String tax) {
        assertThat(validate(normalWith("/lines/1/taxAmount", tax)).codes()).doesNotContain("LINE_TAX");
    }

    @Test
    void roundsTheExpectedTaxHalfUp() {
        // 0.13 × 0.50 = 0.065 rounds to 0.07; 0.07 + 0.06 = 0.13 is still accepted, 0.14 is not.
        assertThat(validate(normalWith(
                                "/lines/3/amount",
                                "0.50",
                                "/lines/3/taxAmount",
                                "0.14",
                                "/lines/3/quantity",
                                null,
                                "/lines/3/unitPrice",
                                null))
                        .findings())
                .filteredOn(finding -> finding.is(Rule.LINE_TAX))
                .singleElement()
                .satisfies(finding -> assertThat(finding.suggestedFix()).isEqualTo("0.07"));
    }

    @Test
    void rejectsAmountThatIsNotUnitPriceTimesQuantity() {
        Finding finding =
                validate(normalWith("/lines/2/quantity", "21")).findings().get(0);

        assertThat(finding.code()).isEqualTo("LINE_AMOUNT");
        assertThat(finding.field()).isEqualTo("lines[2].amount");
        assertThat(finding.suggestedFix()).isEqualTo("3139.50");
    }

    @Test
    void acceptsUnitPriceTimesQuantityWithinOneCent() {
        // 3 × 33.333333 = 99.999999 against an amount of 100.00, in the valid corpus invoice.
        assertThat(validate(normalWith("/lines/3/unitPrice", "33.3300")).codes())
                .isEmpty();
        assertThat(validate(normalWith("/lines/3/unitPrice", "33.3299")).codes())
                .containsExactly("LINE_AMOUNT");
    }

    @Test
    void rejectsMoneyWithMoreThanTwoDecimalsSuggestingItRounded() {
        ValidationReport report = validate(normalWith("/grandTotal", "18050.345"));

        assertThat(report.findings()).extracting(Finding::code).contains("MONEY_SCALE");
        assertThat(report.findings())
                .filteredOn(finding -> finding.is(Rule.MONEY_SCALE))
                .singleElement()
                .satisfies(finding -> assertThat(finding.suggestedFix()).isEqualTo("18050.35"));
    }

    @Test
    void acceptsTrailingZerosBeyondTwoDecimals() {
        assertThat(validate(normalWith("/lines/1/amount", "2500.000")).findings())
                .isEmpty();
    }
}
