package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.testsupport.TestInvoices;
import org.junit.jupiter.api.Test;

class InvoiceValidatorTest {

    @Test
    void passesTheInvoicesOtherTestsUse() {
        assertThat(InvoiceValidator.withDefaults()
                        .validate(TestInvoices.invoice())
                        .findings())
                .isEmpty();
    }

    @Test
    void reportsEveryFindingAtOnceInRuleOrder() {
        ValidationReport report = Corpus.validate(normalWith(
                "/seller/taxId", "91350211M00013FA1N", "/lines/1/taxAmount", "160.00", "/invoiceNumber", "123"));

        assertThat(report.codes()).containsExactly("TAXID_CHECKSUM", "INVOICE_NUMBER_FORMAT", "LINE_TAX", "TOTAL_TAX");
        assertThat(report.errors())
                .extracting(Finding::code)
                .containsExactly("INVOICE_NUMBER_FORMAT", "LINE_TAX", "TOTAL_TAX");
        assertThat(report.warnings()).extracting(Finding::code).containsExactly("TAXID_CHECKSUM");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void letsAnInvoiceWithOnlyWarningsThrough() {
        ValidationReport report = Corpus.validate(normalWith("/seller/taxId", "91350211M00013FA1N"));

        assertThat(report.isClean()).isFalse();
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void rejectsEventsOverTheSizeLimit() {
        InvoiceValidator validator = InvoiceValidator.withDefaults();

        assertThat(validator.checkEventSize(1_048_576).isClean()).isTrue();
        assertThat(validator.checkEventSize(1_048_577).findings())
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("EVENT_TOO_LARGE");
                    assertThat(finding.messageEn()).isEqualTo("the event is 1048577 bytes, over the limit of 1048576");
                });
    }

    @Test
    void everyRuleSpeaksBothLanguagesWithTheSameArguments() {
        for (Rule rule : Rule.values()) {
            Finding finding = rule.finding("field", null, "ARG1", "ARG2");

            assertThat(finding.code()).isEqualTo(rule.name());
            assertThat(finding.messageZh()).as(rule.name()).isNotBlank();
            assertThat(finding.messageEn()).as(rule.name()).isNotBlank();
            assertThat(count(finding.messageZh(), "ARG")).as(rule.name()).isEqualTo(count(finding.messageEn(), "ARG"));
        }
    }

    private static int count(String text, String part) {
        return text.split(part, -1).length - 1;
    }
}
