package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static com.fapiaorelay.common.validation.Corpus.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.testsupport.ChinaClocks;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The corpus clock stands at 2026-03-02 10:00 China time. */
class IssueTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T10:10:00", "2026-03-02T10:00:00", "2025-03-02T10:00:00"})
    void acceptsTimesWithinSkewAndWindow(String issuedAt) {
        assertThat(validate(normalWith("/issuedAt", issuedAt)).findings()).isEmpty();
    }

    @Test
    void rejectsTimeBeyondTheClockSkew() {
        ValidationReport report = validate(normalWith("/issuedAt", "2026-03-02T10:10:01"));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("ISSUE_TIME_FUTURE");
            assertThat(finding.field()).isEqualTo("issuedAt");
            assertThat(finding.messageEn()).contains("10 minutes");
        });
    }

    @Test
    void rejectsTimeOutsideTheUploadWindow() {
        assertThat(validate(normalWith("/issuedAt", "2025-03-02T09:59:59")).codes())
                .containsExactly("ISSUE_TIME_TOO_OLD");
    }

    @Test
    void readsTheClockInChinaTimeWhateverItsZone() {
        Clock utcClock = Clock.fixed(Corpus.CLOCK.instant(), ZoneOffset.UTC);
        InvoiceValidator validator = new InvoiceValidator(ValidationRules.defaults(), utcClock);

        assertThat(validator
                        .validate(normalWith("/issuedAt", "2026-03-02T10:05:00"))
                        .findings())
                .isEmpty();
    }

    @Test
    void takesSkewAndWindowFromTheRules() {
        ValidationRules strict = new ValidationRules(
                ValidationRules.defaults().allowedRates(),
                ValidationRules.defaults().tolerances(),
                ValidationRules.defaults().fieldLimits(),
                2000,
                1_048_576,
                Duration.ZERO,
                Duration.ofDays(1));
        InvoiceValidator validator = new InvoiceValidator(strict, Corpus.CLOCK);

        assertThat(validator
                        .validate(normalWith("/issuedAt", "2026-03-02T10:00:01"))
                        .codes())
                .containsExactly("ISSUE_TIME_FUTURE");
        assertThat(validator
                        .validate(normalWith("/issuedAt", "2026-03-01T09:59:59"))
                        .codes())
                .containsExactly("ISSUE_TIME_TOO_OLD");
    }

    @ParameterizedTest(name = "at {0} China time, issued {1}: {2}")
    @CsvSource({
        "2024-12-31T23:59:59, 2025-01-01T00:09:59, ''",
        "2024-12-31T23:59:59, 2025-01-01T00:10:00, ISSUE_TIME_FUTURE",
        "2025-01-01T00:00:01, 2025-01-01T00:10:01, ''",
        "2025-01-01T00:00:01, 2025-01-01T00:10:02, ISSUE_TIME_FUTURE",
        "2025-01-01T00:00:01, 2024-12-31T23:59:59, ''",
        "2025-01-01T00:00:01, 2024-01-02T00:00:01, ''",
        "2025-01-01T00:00:01, 2024-01-02T00:00:00, ISSUE_TIME_TOO_OLD"
    })
    void judgesIssueTimesAroundMidnightInBeijingOnAClockRunningInUtc(String chinaNow, String issuedAt, String code) {
        InvoiceValidator validator = new InvoiceValidator(ValidationRules.defaults(), ChinaClocks.at(chinaNow));

        assertThat(validator.validate(normalWith("/issuedAt", issuedAt)).codes())
                .isEqualTo(code.isEmpty() ? List.of() : List.of(code));
    }
}
