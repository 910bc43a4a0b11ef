package com.fapiaorelay.common.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SummaryBucketsTest {

    private static final LocalDateTime FROM = LocalDateTime.of(2026, 3, 1, 0, 0);

    @Test
    void splitsTheRangeIntoAdjacentEqualBuckets() {
        SummaryBuckets split = new SummaryBuckets(FROM, FROM.plusDays(1), 4);

        assertThat(split.empty())
                .extracting(SummaryBucket::from)
                .containsExactly(FROM, FROM.plusHours(6), FROM.plusHours(12), FROM.plusHours(18));
        assertThat(split.empty().get(3).to()).isEqualTo(FROM.plusDays(1));
    }

    @Test
    void placesEveryTimeInTheBucketWhoseBoundsHoldIt() {
        SummaryBuckets split = new SummaryBuckets(FROM, FROM.plusSeconds(10), 3);

        for (int millis = 0; millis < 10_000; millis += 7) {
            LocalDateTime time = FROM.plusNanos(millis * 1_000_000L);
            int index = split.indexOf(time);
            assertThat(time).isAfterOrEqualTo(split.start(index)).isBefore(split.start(index + 1));
        }
    }

    @Test
    void refusesAnEmptyRangeOrNoBuckets() {
        assertThatThrownBy(() -> new SummaryBuckets(FROM, FROM, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryBuckets(FROM, FROM.plusDays(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
