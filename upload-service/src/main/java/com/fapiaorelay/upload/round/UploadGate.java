package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.upload.maintenance.DeclaredMaintenance;
import com.fapiaorelay.upload.maintenance.MaintenanceWindow;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Whether a worker may send now, and through which endpoint: closed in a maintenance window (daily from
 * configuration, or declared by ops at run time) or with every breaker open. A closed gate claims nothing, so no
 * retry budget is spent.
 */
class UploadGate {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MaintenanceWindows daily;
    private final DeclaredMaintenance declared;
    private final TaxEndpoints endpoints;

    UploadGate(MaintenanceWindows daily, DeclaredMaintenance declared, TaxEndpoints endpoints) {
        this.daily = daily;
        this.declared = declared;
        this.endpoints = endpoints;
    }

    Optional<TaxEndpoint> open(Instant now) {
        return inMaintenance(now) ? Optional.empty() : endpoints.acquire();
    }

    boolean inMaintenance(Instant now) {
        return maintenance(now).isPresent();
    }

    /** Why uploads wait at {@code now}, if they do: the daily window, or a declared window's reason and end. */
    Optional<String> maintenance(Instant now) {
        if (daily.active(now)) {
            return Optional.of("每日维护窗口 / daily window");
        }
        return declared.holdingAt(now).map(UploadGate::describe);
    }

    TaxEndpoints endpoints() {
        return endpoints;
    }

    private static String describe(MaintenanceWindow window) {
        String until = UNTIL.format(BusinessDays.wallTime(window.end()));
        return window.reason() + "（至北京时间 " + until + " / until " + until + " China time）";
    }
}
