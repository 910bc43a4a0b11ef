package com.fapiaorelay.standalone.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void neverHandsOutTheSamePortTwice() {
        int ports = 3_000;

        assertThat(IntStream.range(0, ports).map(i -> FreePorts.next()).distinct())
                .hasSize(ports);
    }
}
