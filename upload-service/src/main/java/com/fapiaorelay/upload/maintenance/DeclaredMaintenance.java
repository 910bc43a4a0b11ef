package com.fapiaorelay.upload.maintenance;

import com.fapiaorelay.upload.audit.AuditRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintenance windows declared at run time: each declaration and cancellation audited with the person who made it;
 * the upload gate asks {@link #holdingAt} on every round, so every instance pauses and resumes together, and the
 * retry budget leaves out the time they held.
 */
@Service
public class DeclaredMaintenance {

    private final MaintenanceWindowRows rows;
    private final AuditRows audit;
    private final Clock clock;

    DeclaredMaintenance(MaintenanceWindowRows rows, AuditRows audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** The declared window holding at {@code now} that ends last, if any. */
    public Optional<MaintenanceWindow> holdingAt(Instant now) {
        return rows.holdingAt(now);
    }

    @Transactional
    MaintenanceWindow declare(MaintenanceWindowRequest request, String actor) {
        Instant now = clock.instant();
        request.check(now);
        MaintenanceWindow window = new MaintenanceWindow(
                UUID.randomUUID(),
                request.start().toInstant(),
                request.end().toInstant(),
                request.reason().strip(),
                actor,
                now);
        rows.insert(window);
        audit.record(actor, "MAINTENANCE_DECLARED", null, describe(window));
        return window;
    }

    List<MaintenanceWindow> notEnded() {
        return rows.notEndedAt(clock.instant());
    }

    /**
     * Cancels a window not over yet: one holding now ends now (its past stays, see {@link #pausedBetween}), one not
     * started is removed. Uploads resume at the next round.
     */
    @Transactional
    void cancel(UUID id, String actor) {
        Instant now = clock.instant();
        MaintenanceWindow window = rows.endHolding(id, now)
                .or(() -> rows.deleteNotStarted(id, now))
                .orElseThrow(() -> MaintenanceWindowInvalid.notFound(id));
        audit.record(actor, "MAINTENANCE_CANCELLED", null, describe(window));
    }

    /** How long declared windows held uploads between {@code from} and {@code to}, overlapping windows counted once. */
    public Duration pausedBetween(Instant from, Instant to) {
        return held(rows.overlapping(from, to), from, to);
    }

    /** {@code windows} by start. */
    static Duration held(List<MaintenanceWindow> windows, Instant from, Instant to) {
        Duration held = Duration.ZERO;
        Instant counted = from;
        for (MaintenanceWindow window : windows) {
            Instant start = max(window.start(), counted);
            Instant end = window.end().isBefore(to) ? window.end() : to;
            if (start.isBefore(end)) {
                held = held.plus(Duration.between(start, end));
                counted = end;
            }
        }
        return held;
    }

    private static Instant max(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static String describe(MaintenanceWindow window) {
        return "window " + window.id() + " " + window.start() + "/" + window.end() + ": " + window.reason();
    }
}
