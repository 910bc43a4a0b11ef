package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.tax.TaxInterfaceUnavailable;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.upload.config.SimulatedUploadTaxInterface;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Probes the tax interface on a schedule, so ops see it degrade before invoices pile up: looks a known key up, or, on
 * a channel without look-up by key (乐企), uploads a fresh test invoice on the channel's sandbox path with the sandbox
 * flag (模拟上传测试) and expects it uploaded. Latency and result are exported, tagged by {@code probe}.
 */
@Component
class TaxCanary {

    private final TaxEndpoints endpoints;
    private final ComponentNotices notices;
    private final MeterRegistry meters;
    private final InvoiceKey probe;
    private final int failuresBeforeAlert;
    private final TaxInterface simulatedUpload;
    private final CanaryInvoices invoices;
    private final String probeKind;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    TaxCanary(
            TaxEndpoints endpoints,
            ComponentNotices notices,
            MeterRegistry meters,
            ObjectProvider<SimulatedUploadTaxInterface> simulatedUpload,
            Clock clock,
            UploadProperties properties) {
        this.endpoints = endpoints;
        this.notices = notices;
        this.meters = meters;
        this.probe = properties.canary().probe();
        this.failuresBeforeAlert = properties.canary().failuresBeforeAlert();
        SimulatedUploadTaxInterface sandbox = simulatedUpload.getIfAvailable();
        this.simulatedUpload = sandbox == null ? null : sandbox.tax();
        this.invoices = new CanaryInvoices(this.probe.sellerTaxId(), clock);
        this.probeKind = sandbox == null ? "lookup" : "simulated_upload";
        Gauge.builder("fapiao.canary.up", consecutiveFailures, failures -> failures.get() == 0 ? 1 : 0)
                .description("1 while the tax interface answers the canary's probe")
                .tag("probe", probeKind)
                .register(meters);
    }

    @Scheduled(fixedDelayString = UploadProperties.CANARY_INTERVAL)
    void probe() {
        Timer.Sample sample = Timer.start(meters);
        boolean answered = simulatedUpload == null ? lookedUp() : uploaded();
        if (answered) {
            consecutiveFailures.set(0);
        } else {
            consecutiveFailures.incrementAndGet();
        }
        sample.stop(meters.timer("fapiao.canary.latency", "probe", probeKind, "outcome", answered ? "ok" : "failed"));
        notices.update(
                "CANARY_FAILING",
                consecutiveFailures.get() >= failuresBeforeAlert,
                Severity.WARNING,
                "税务接口连续探测失败 / the tax interface failed " + failuresBeforeAlert + " canary probes in a row");
    }

    private boolean lookedUp() {
        try {
            endpoints.primary().tax().lookup(List.of(probe));
            return true;
        } catch (TaxInterfaceUnavailable e) {
            return false;
        }
    }

    private boolean uploaded() {
        UploadOutcome outcome =
                simulatedUpload.upload(List.of(invoices.next())).get(0).outcome();
        return outcome == UploadOutcome.ACCEPTED || outcome == UploadOutcome.DUPLICATE;
    }
}
