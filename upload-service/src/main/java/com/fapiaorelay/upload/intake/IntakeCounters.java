package com.fapiaorelay.upload.intake;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Registers {@code fapiao_intake_total{channel,outcome}} at zero for every channel and outcome on start, so a rate
 * or ratio over them reads 0 rather than nothing before the first invoice of a kind.
 */
@Component
class IntakeCounters {

    /** The channels of {@link SubmittedListener}, {@link RestIntake} and {@code CsvImport}. */
    static final List<String> CHANNELS = List.of(SubmittedListener.CHANNEL, RestIntake.CHANNEL, "csv");

    IntakeCounters(MeterRegistry meters) {
        for (String channel : CHANNELS) {
            for (IntakeOutcome outcome : IntakeOutcome.values()) {
                meters.counter("fapiao.intake", "channel", channel, "outcome", outcome.name());
            }
        }
    }
}
