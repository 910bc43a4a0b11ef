package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.time.BusinessDays;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Acceptance serial numbers (受理流水号) in the authority's style: SN, the time, a sequence, a random tail. */
final class Serials {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Serials() {}

    static String next(Clock clock) {
        // The random tail keeps serials unique across restarts, when the sequence starts again.
        return "SN%s%06d%04X"
                .formatted(
                        TIME.format(BusinessDays.now(clock)),
                        SEQUENCE.incrementAndGet() % 1_000_000,
                        ThreadLocalRandom.current().nextInt(0x10000));
    }
}
