package com.fapiaorelay.sync.silence;

import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.sync.access.Caller;
import com.fapiaorelay.sync.silence.SilenceProperties.Source;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one door to an ERP source's maintenance: its configured windows, and those declared at run time for it by
 * people or by an ERP's key holding every seller of the source. A declared window lasts at most {@value
 * #LONGEST_HOURS} hours, so a forgotten one cannot mute a source for good.
 */
@Component
class SourceMaintenance {

    static final int LONGEST_HOURS = 72;
    private static final Duration LONGEST = Duration.ofHours(LONGEST_HOURS);

    private final SilenceProperties properties;
    private final MaintenanceRows rows;
    private final Clock clock;

    SourceMaintenance(SilenceProperties properties, MaintenanceRows rows, Clock clock) {
        this.properties = properties;
        this.rows = rows;
        this.clock = clock;
    }

    MaintenanceView declare(String sourceName, MaintenanceRequest request, Caller caller) {
        Source source = permitted(sourceName, caller);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (request.from() == null
                || request.until() == null
                || !request.until().isAfter(request.from())
                || !request.until().isAfter(now)
                || Duration.between(request.from(), request.until()).compareTo(LONGEST) > 0) {
            throw MaintenanceRefused.window(LONGEST);
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw MaintenanceRefused.reason();
        }
        MaintenanceView window = new MaintenanceView(
                UUID.randomUUID(),
                source.name(),
                request.from(),
                request.until(),
                request.reason(),
                caller.actor(),
                now);
        rows.insert(window);
        return window;
    }

    List<MaintenanceView> notEnded(String sourceName, Caller caller) {
        return rows.notEnded(permitted(sourceName, caller).name(), OffsetDateTime.now(clock));
    }

    void remove(String sourceName, UUID id, Caller caller) {
        if (!rows.delete(permitted(sourceName, caller).name(), id)) {
            throw MaintenanceRefused.unknownWindow(id);
        }
    }

    boolean covers(Source source, OffsetDateTime now) {
        return source.inMaintenance(BusinessDays.wallTime(now.toInstant())) || rows.active(source.name(), now);
    }

    private Source permitted(String sourceName, Caller caller) {
        Source source = properties.sources().stream()
                .filter(candidate -> candidate.name().equals(sourceName))
                .findFirst()
                .orElseThrow(() -> MaintenanceRefused.unknownSource(sourceName));
        source.sellers().forEach(caller::requireSeller);
        return source;
    }
}
