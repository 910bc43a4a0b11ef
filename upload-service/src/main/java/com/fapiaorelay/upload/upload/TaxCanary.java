package com.fapiaorelay.upload.upload;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxInterfaceUnavailable;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks a known key up on a schedule, so ops see the interface degrade before invoices pile up. */
@Component
class TaxCanary {

    private final TaxEndpoints endpoints;
    private final ComponentNotices notices;
    private final MeterRegistry meters;
    private final InvoiceKey probe;
    private final int failuresBeforeAlert;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    TaxCanary(
            TaxEndpoints endpoints,
            ComponentNotices notices,
            MeterRegistry meters,
            @Value("${fapiao.upload.canary.key:91110108MA01AB3CX1:00000000000000000000}") String probe,
            @Value("${fapiao.upload.canary.failures-before-alert:3}") int failuresBeforeAlert) {
        this.endpoints = endpoints;
        this.notices = notices;
        this.meters = meters;
        this.probe = InvoiceKey.parse(probe);
        this.failuresBeforeAlert = failuresBeforeAlert;
        Gauge.builder("fapiao.canary.up", consecutiveFailures, failures -> failures.get() == 0 ? 1 : 0)
                .description("1 while the tax interface answers the canary's look-up")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${fapiao.upload.canary.interval:30s}")
    void probe() {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "ok";
        try {
            endpoints.primary().tax().lookup(List.of(probe));
            consecutiveFailures.set(0);
        } catch (TaxInterfaceUnavailable e) {
            outcome = "failed";
            consecutiveFailures.incrementAndGet();
        }
        sample.stop(meters.timer("fapiao.canary.latency", "outcome", outcome));
        notices.update(
                "CANARY_FAILING",
                consecutiveFailures.get() >= failuresBeforeAlert,
                Severity.WARNING,
                "税务接口连续查询失败 / the tax interface failed " + failuresBeforeAlert + " canary look-ups in a row");
    }
}
