package com.fapiaorelay.sync.silence;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.sync.ledger.Ledger;
import com.fapiaorelay.sync.silence.SilenceProperties.Source;
import java.time.Duration;
import java.time.OffsetDateTime;

/** An ERP source quiet beyond its cadence ("金蝶-北京 已 45 分钟没有提交发票"), and its recovery under one fingerprint. */
final class SilenceAnomaly {

    static final String TYPE = "SILENT_SOURCE";

    private SilenceAnomaly() {}

    static AnomalyRaised silent(Source source, Duration silence, OffsetDateTime lastHeard) {
        return anomaly(
                source,
                source.name() + " 已 " + zh(silence) + "没有提交发票 / " + source.name() + " has submitted no invoice for "
                        + en(silence),
                "expected at least one every " + en(source.quietAfter()) + "; sellers " + source.sellers()
                        + "; last heard " + (lastHeard == null ? "never since watched" : lastHeard));
    }

    static AnomalyRaised speaksAgain(Source source) {
        return anomaly(
                        source,
                        source.name() + " 恢复提交发票 / " + source.name() + " submits invoices again",
                        "sellers " + source.sellers())
                .asResolved();
    }

    private static AnomalyRaised anomaly(Source source, String summary, String detail) {
        return AnomalyRaised.forSubject(Ledger.OWN_SOURCE, TYPE, Severity.CRITICAL, source.name(), summary, detail);
    }

    private static String zh(Duration silence) {
        return silence.toMinutes() > 0 ? silence.toMinutes() + " 分钟" : silence.toSeconds() + " 秒";
    }

    private static String en(Duration silence) {
        return silence.toMinutes() > 0 ? silence.toMinutes() + " min" : silence.toSeconds() + " s";
    }
}
