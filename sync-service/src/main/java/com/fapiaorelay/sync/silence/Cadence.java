package com.fapiaorelay.sync.silence;

import com.fapiaorelay.sync.silence.ArrivalHistoryRows.Arrivals;
import java.time.Duration;
import java.util.Optional;

/**
 * How long a source may stay quiet ({@code tolerance}) and, when learned, what it usually does: about {@code
 * usualCount} invoices every {@code usualGap}, the longest gap it kept in the same hour of past weeks.
 */
record Cadence(Duration tolerance, Duration usualGap, long usualCount) {

    private static final Duration HOUR = Duration.ofHours(1);

    static Cadence configured(Duration quietAfter) {
        return new Cadence(quietAfter, null, 0);
    }

    /**
     * Twice the longest gap of the past hours heard from, kept between {@code floor} and {@code ceiling}; nothing
     * when none was heard from (a source usually quiet then is not expected to speak).
     */
    static Optional<Cadence> learned(Arrivals past, Duration floor, Duration ceiling) {
        if (past.hours() == 0) {
            return Optional.empty();
        }
        Duration gap = past.longestGap().isZero() ? Duration.ofSeconds(1) : past.longestGap();
        Duration twice = gap.multipliedBy(2);
        Duration tolerance = twice.compareTo(floor) < 0 ? floor : twice.compareTo(ceiling) > 0 ? ceiling : twice;
        double perHour = (double) past.arrivals() / past.hours();
        long perGap = Math.max(1, Math.round(perHour * gap.toSeconds() / HOUR.toSeconds()));
        return Optional.of(new Cadence(tolerance, gap, perGap));
    }

    boolean learned() {
        return usualGap != null;
    }
}
