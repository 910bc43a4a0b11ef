package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.kit.pacing.PacedLoops;
import com.fapiaorelay.kit.pacing.PacedWork;
import com.fapiaorelay.upload.config.WatchProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Tells people about a tax interface that stays down: a breaker open longer than its alert threshold raises one
 * anomaly (resolved when it closes); an endpoint refusing our requests (a wrong URL, a proxy's limit) raises one at
 * once (resolved by its next answer); a maintenance window, daily or declared, gives one notice with its reason and
 * pages nobody. While a breaker is open or a window holds it looks every watch interval; while all is well, ever less
 * often, down to once an idle watch interval, which is what a breaker's alert or a window's notice may come late by.
 */
@Component
class EndpointWatch implements PacedWork {

    private final UploadGate gate;
    private final ComponentNotices notices;
    private final Duration alertAfter;
    private final Map<String, Instant> openSince = new ConcurrentHashMap<>();
    private final Clock clock;
    private final PacedLoops loop;

    EndpointWatch(
            UploadGate gate,
            ComponentNotices notices,
            UploadProperties properties,
            WatchProperties watch,
            MeterRegistry meters,
            Clock clock) {
        this.gate = gate;
        this.loop = watch.loop("endpoint-watch", this::look);
        this.notices = notices;
        this.alertAfter = properties.breaker().alertAfter();
        this.clock = clock;
        Gauge.builder("fapiao.upload.paused", gate, g -> g.inMaintenance(clock.instant()) ? 1 : 0)
                .tag("reason", "maintenance")
                .description("1 while uploads wait for a maintenance window to end")
                .register(meters);
    }

    /** An upload's answers: a refusal of the request itself needs ops now, whatever the breaker makes of it. */
    void answered(TaxEndpoint endpoint, List<UploadResult> results) {
        notices.update(
                "ENDPOINT_REFUSED_" + endpoint.name().toUpperCase(),
                results.get(0).outcome() == UploadOutcome.ENDPOINT_FAILED,
                Severity.CRITICAL,
                "税务接口 " + endpoint.name() + " 拒绝上传请求（4xx），请检查地址、凭据和代理 / endpoint " + endpoint.name()
                        + " refuses uploads (4xx): check its URL, credentials and proxy");
    }

    @Override
    public PacedLoops loops() {
        return loop;
    }

    /** Answers 1 while something is wrong, so that its end is seen within an interval. */
    private int look() {
        Instant now = clock.instant();
        Optional<String> maintenance = gate.maintenance(now);
        notices.update(
                "MAINTENANCE",
                maintenance.isPresent(),
                Severity.INFO,
                "税务接口维护窗口，上传暂停 / maintenance window, uploads wait"
                        + maintenance.map(why -> ": " + why).orElse(""));
        for (TaxEndpoint endpoint : gate.endpoints().all()) {
            Instant since = endpoint.open() ? openSince.computeIfAbsent(endpoint.name(), name -> now) : null;
            if (since == null) {
                openSince.remove(endpoint.name());
            }
            boolean tooLong = since != null && since.plus(alertAfter).isBefore(now);
            notices.update(
                    "BREAKER_OPEN_" + endpoint.name().toUpperCase(),
                    tooLong,
                    Severity.CRITICAL,
                    "税务接口 " + endpoint.name() + " 熔断超过 " + alertAfter.toSeconds() + " 秒 / breaker open too long");
        }
        return maintenance.isPresent() || !openSince.isEmpty() ? 1 : 0;
    }
}
