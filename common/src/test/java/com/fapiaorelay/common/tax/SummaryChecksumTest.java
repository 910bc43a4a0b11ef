package com.fapiaorelay.common.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    private static TaxRecord record(String number, String amount) {
        return new TaxRecord(
                "91110108MA01AB3CX1", number, "R1", new BigDecimal(amount), new BigDecimal("6.00"), ISSUED);
    }
}
