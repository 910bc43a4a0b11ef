package com.fapiaorelay.common.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryChecksumTest {

    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 3, 1, 9, 30);

    @Test
    void mergesByAddingSoBucketsCombineIntoTheChecksumOfTheirUnion() {
        TaxRecord a = record("26117000000000000001", "100.00");
        TaxRecord b = record("26117000000000000002", "200.00");

        assertThat(SummaryChecksum.add(SummaryChecksum.of(List.of(a)), SummaryChecksum.of(List.of(b))))
                .isEqualTo(SummaryChecksum.of(List.of(b, a)));
    }

    @Test
    void changesWhenOneAmountChangesAndDoesNotCancelARecordHeldTwice() {
        TaxRecord a = record("26117000000000000001", "100.00");

        assertThat(SummaryChecksum.of(List.of(a)))
                .isNotEqualTo(SummaryChecksum.of(List.of(record("26117000000000000001", "100.01"))));
        assertThat(SummaryChecksum.of(List.of(a, a))).isNotEqualTo(SummaryChecksum.EMPTY);
    }

    @Test
    void readsAmountsWithTwoPlacesAndTimesToTheSecond() {
        long term = SummaryChecksum.term("1", new BigDecimal("100.0"), new BigDecimal("6"), ISSUED.plusNanos(5));

        assertThat(term).isEqualTo(SummaryChecksum.term("1", new BigDecimal("100.00"), new BigDecimal("6.00"), ISSUED));
        assertThat(SummaryChecksum.EMPTY).isEqualTo("0000000000000000");
    }

    /** Stored terms were taken with the formatter; every term must stay the same. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T09:30", "0001-01-01T00:00:59", "9999-12-31T23:59:59.999", "+10000-01-01T00:00"})
    void takesTheTermOfTheTextWrittenByThePattern(String issued) throws Exception {
        LocalDateTime time = LocalDateTime.parse(issued);
        String text = "26117000000000000001|100.00|-6.00|"
                + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(time);
        long expected = ByteBuffer.wrap(
                        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                .getLong();

        assertThat(SummaryChecksum.term("26117000000000000001", new BigDecimal("100"), new BigDecimal("-6.0"), time))
                .isEqualTo(expected);
    }

    private static TaxRecord record(String number, String amount) {
        return new TaxRecord(
                "91110108MA01AB3CX1", number, "R1", new BigDecimal(amount), new BigDecimal("6.00"), ISSUED);
    }
}
