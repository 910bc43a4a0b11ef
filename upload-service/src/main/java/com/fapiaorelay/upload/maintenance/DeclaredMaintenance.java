package com.fapiaorelay.upload.maintenance;

import com.fapiaorelay.upload.audit.AuditRows;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintenance windows declared at run time: each declaration and cancellation audited with the person who made it;
 * the upload gate asks {@link #holdingAt} on every round, so every instance pauses and resumes together.
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

    /** Cancels a window, over or not; uploads resume at the next round if it was holding. */
    @Transactional
    void cancel(UUID id, String actor) {
        MaintenanceWindow window = rows.delete(id).orElseThrow(() -> MaintenanceWindowInvalid.notFound(id));
        audit.record(actor, "MAINTENANCE_CANCELLED", null, describe(window));
    }

    private static String describe(MaintenanceWindow window) {
        return "window " + window.id() + " " + window.start() + "/" + window.end() + ": " + window.reason();
    }
}
