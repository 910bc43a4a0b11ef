package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static com.fapiaorelay.common.validation.Corpus.validate;
import static com.fapiaorelay.common.validation.Corpus.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class RedAndBlueTest {

    @Test
    void acceptsNegativeAmountsOnRedInvoice() {
        assertThat(validate(Corpus.invoice("valid-red")).findings()).isEmpty();
    }

    @Test
    void rejectsNegativeLineOnBlueInvoice() {
        ValidationReport report = validate(Corpus.invoice("invalid-negative-on-blue"));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("NEGATIVE_ON_BLUE");
            assertThat(finding.field()).isEqualTo("lines[1].amount");
        });
    }

    @Test
    void acceptsNegativeDiscountLineOnBlueInvoice() {
        assertThat(validate(Corpus.invoice("valid-discount-line")).findings()).isEmpty();
    }

    @Test
    void rejectsRedInvoiceWithPositiveTotal() {
        assertThat(validate(with(
                                "valid-red",
                                "/colour",
                                "RED",
                                "/grandTotal",
                                "1689.35",
                                "/totalAmount",
                                "1495.00",
                                "/totalTax",
                                "194.35"))
                        .codes())
                .contains("POSITIVE_ON_RED");
    }

    @Test
    void rejectsRedInvoiceThatDoesNotNameItsOriginal() {
        assertThat(validate(with("valid-red", "/redLetter", null)).codes()).containsExactly("RED_WITHOUT_ORIGINAL");
        assertThat(validate(with("valid-red", "/redLetter/originalInvoiceNumber", " "))
                        .codes())
                .containsExactly("RED_WITHOUT_ORIGINAL");
    }

    @Test
    void requiresTheConfirmationAndAKnownReason() {
        assertThat(validate(with("valid-red", "/redLetter/confirmationNumber", null))
                        .findings())
                .extracting(Finding::code, Finding::field)
                .containsExactly(tuple("REQUIRED", "redLetter.confirmationNumber"));
        assertThat(validate(with("valid-red", "/redLetter/reason", "05")).codes())
                .containsExactly("RED_REASON");
    }

    @Test
    void leavesTheRedLetterRulesToRedInvoices() {
        assertThat(validate(normalWith("/redLetter", null)).findings()).isEmpty();
    }
}
