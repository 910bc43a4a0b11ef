package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineNumbersTest {

    @Test
    void rejectsDuplicateLineNumbersPointingAtTheRepeat() {
        ValidationReport report = Corpus.validate(normalWith("/lines/4/lineNumber", 1));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("DUPLICATE_LINE_NUMBER");
            assertThat(finding.field()).isEqualTo("lines[4].lineNumber");
            assertThat(finding.messageEn()).isEqualTo("line number 1 appears more than once");
        });
    }

    @Test
    void rejectsMoreLinesThanTheLimit() {
        InvoiceValidator fourLines =
                new InvoiceValidator(ValidationRules.defaults().withMaxLines(4), Corpus.CLOCK);
        InvoiceValidator fiveLines =
                new InvoiceValidator(ValidationRules.defaults().withMaxLines(5), Corpus.CLOCK);

        assertThat(fourLines.validate(Corpus.normal()).codes()).containsExactly("TOO_MANY_LINES");
        assertThat(fiveLines.validate(Corpus.normal()).codes()).isEmpty();
    }

    @Test
    void defaultsToTwoThousandLines() {
        assertThat(ValidationRules.defaults().maxLines()).isEqualTo(2000);
    }
}
