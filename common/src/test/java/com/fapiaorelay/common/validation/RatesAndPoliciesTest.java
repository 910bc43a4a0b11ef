package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static com.fapiaorelay.common.validation.Corpus.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fapiaorelay.common.invoice.Invoice;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatesAndPoliciesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.13", "0.130", "0.09", "0.06", "0.05", "0.03", "0.015", "0.01", "0.005"})
    void allowsEveryDefaultRateWhateverItsScale(String rate) {
        assertThat(ValidationRules.defaults().allows(new BigDecimal(rate))).isTrue();
    }

    @Test
    void rejectsRateOutsideTheAllowedSet() {
        Finding finding =
                validate(normalWith("/lines/1/taxRate", "0.07")).findings().get(0);

        assertThat(finding.code()).isEqualTo("TAX_RATE_NOT_ALLOWED");
        assertThat(finding.field()).isEqualTo("lines[1].taxRate");
        assertThat(finding.messageEn()).contains("0.13, 0.09, 0.06");
        assertThat(finding.suggestedFix()).isNull();
    }

    @Test
    void suggestsTheDecimalWhenTheRateWasWrittenAsPercent() {
        Finding finding =
                validate(normalWith("/lines/1/taxRate", "6")).findings().get(0);

        assertThat(finding.code()).isEqualTo("TAX_RATE_NOT_ALLOWED");
        assertThat(finding.suggestedFix()).isEqualTo("0.06");
    }

    @ParameterizedTest
    @CsvSource({"03, 0.06", "04, 0.13", "10, 0.01", "99, 0.06"})
    void rejectsPolicyFlagThatDoesNotFitTheRate(String flag, String rate) {
        Invoice invoice = normalWith("/lines/0/preferentialPolicy", flag, "/lines/0/taxRate", rate);

        assertThat(validate(invoice).findings()).extracting(Finding::code).contains("POLICY_FLAG_MISMATCH");
    }

    @ParameterizedTest
    @CsvSource({"03, 0", "04, 0", "10, 0.015", "01, 0.03", "08, 0.05"})
    void acceptsPolicyFlagThatFitsTheRate(String flag, String rate) {
        Invoice invoice = normalWith("/lines/0/preferentialPolicy", flag, "/lines/0/taxRate", rate);

        assertThat(validate(invoice).findings()).extracting(Finding::code).doesNotContain("POLICY_FLAG_MISMATCH");
    }

    @Test
    void warnsOnZeroRateWithoutPolicyFlag() {
        Invoice invoice = normalWith("/lines/0/taxRate", "0");

        assertThat(validate(invoice).findings())
                .filteredOn(finding -> finding.is(Rule.ZERO_RATE_WITHOUT_POLICY))
                .singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void rejectsUnknownLineNature() {
        assertThat(validate(normalWith("/lines/4/lineNature", "03")).findings())
                .extracting(Finding::code, Finding::field)
                .containsExactly(tuple("LINE_NATURE", "lines[4].lineNature"));
    }
}
