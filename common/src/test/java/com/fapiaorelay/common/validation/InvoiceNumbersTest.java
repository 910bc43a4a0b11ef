package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static com.fapiaorelay.common.validation.Corpus.validate;
import static com.fapiaorelay.common.validation.Corpus.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2611700000021234123", "261170000002123412345", "2611700000021234123A", "12345678"})
    void rejectsDigitalInvoiceNumberThatIsNotTwentyDigits(String number) {
        assertThat(validate(normalWith("/invoiceNumber", number)).codes()).containsExactly("INVOICE_NUMBER_FORMAT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"011002300111", "1100231130", "1100231194"})
    void acceptsOlderCodesOfTenAndTwelveDigits(String code) {
        assertThat(validate(with("valid-older-code-and-number", "/invoiceCode", code))
                        .findings())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111002300111", "1100231110", "1100231135", "01100230011"})
    void rejectsOlderCodesOfTheWrongShape(String code) {
        assertThat(validate(with("valid-older-code-and-number", "/invoiceCode", code))
                        .codes())
                .containsExactly("INVOICE_CODE_FORMAT");
    }

    @Test
    void rejectsOlderNumberThatIsNotEightDigits() {
        ValidationReport report = validate(with("valid-older-code-and-number", "/invoiceNumber", "1234567"));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("INVOICE_NUMBER_FORMAT");
            assertThat(finding.field()).isEqualTo("invoiceNumber");
        });
    }

    @Test
    void rejectsRedLetterOriginalOfTheWrongShape() {
        ValidationReport report = validate(with("valid-red", "/redLetter/originalInvoiceNumber", "2611700000021234"));

        assertThat(report.findings()).extracting(Finding::field).containsExactly("redLetter.originalInvoiceNumber");
    }
}
