package com.fapiaorelay.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencyTest {

    @Test
    void drawsAroundTheMedianWithALongTail() {
        Random random = new Random(1);
        long[] millis = IntStream.range(0, 10_000)
                .mapToLong(i -> Latency.draw(random, 100).toMillis())
                .sorted()
                .toArray();

        assertThat(millis[5_000]).isBetween(90L, 110L);
        assertThat(millis[9_900]).isGreaterThan(500L);
        assertThat(millis[9_999]).isLessThanOrEqualTo(2_000L);
    }

    @Test
    void noMedianMeansNoLatency() {
        assertThat(Latency.draw(new Random(1), 0)).isEqualTo(Duration.ZERO);
    }
}
