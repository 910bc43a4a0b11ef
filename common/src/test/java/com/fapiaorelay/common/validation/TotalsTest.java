package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static com.fapiaorelay.common.validation.Corpus.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The valid normal invoice totals 16824.57 + 1225.77 = 18050.34. */
class TotalsTest {

    @Test
    void rejectsTotalAmountThatIsNotTheSumOfTheLines() {
        Finding finding = validate(normalWith("/totalAmount", "16824.56", "/grandTotal", "18050.33"))
                .findings()
                .get(0);

        assertThat(finding.code()).isEqualTo("TOTAL_AMOUNT");
        assertThat(finding.field()).isEqualTo("totalAmount");
        assertThat(finding.suggestedFix()).isEqualTo("16824.57");
    }

    @Test
    void rejectsTotalTaxThatIsNotTheSumOfTheLines() {
        Finding finding = validate(normalWith("/totalTax", "1225.76", "/grandTotal", "18050.33"))
                .findings()
                .get(0);

        assertThat(finding.code()).isEqualTo("TOTAL_TAX");
        assertThat(finding.suggestedFix()).isEqualTo("1225.77");
    }

    @Test
    void requiresGrandTotalToBeAmountPlusTaxExactly() {
        ValidationReport report = validate(normalWith("/grandTotal", "18050.33"));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("GRAND_TOTAL");
            assertThat(finding.suggestedFix()).isEqualTo("18050.34");
        });
    }

    @Test
    void rejectsSmallLineDifferencesThatPileUpBeyondTheDeviation() {
        ValidationReport report = validate(Corpus.invoice("invalid-tax-deviation"));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("TAX_DEVIATION");
            assertThat(finding.suggestedFix()).isEqualTo("132.00");
            assertThat(finding.messageEn()).contains("1.27");
        });
    }

    @Test
    void leavesOneBadLineToItsOwnFindingRatherThanAlsoReportingDeviation() {
        ValidationReport report =
                validate(normalWith("/lines/0/taxAmount", "660.00", "/totalTax", "1285.77", "/grandTotal", "18110.34"));

        assertThat(report.codes()).containsExactly("LINE_TAX");
    }
}
