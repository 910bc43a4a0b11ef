package com.fapiaorelay.sync.silence;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.sync.ledger.Ledger;
import com.fapiaorelay.sync.silence.SilenceProperties.Source;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * An ERP source quiet beyond its cadence ("金蝶-北京 已 45 分钟没有提交发票, 平时每 5 分钟约 200 张"), and its recovery
 * under one fingerprint.
 */
final class SilenceAnomaly {

    static final String TYPE = "SILENT_SOURCE";

    private SilenceAnomaly() {}

    static AnomalyRaised silent(Source source, Duration silence, OffsetDateTime lastHeard, Cadence cadence) {
        String usualZh =
                cadence.learned() ? ", 平时每 " + zh(cadence.usualGap()) + "约 " + cadence.usualCount() + " 张" : "";
        String usualEn =
                cadence.learned() ? ", usually about " + cadence.usualCount() + " every " + en(cadence.usualGap()) : "";
        return anomaly(
                source,
                source.name() + " 已 " + zh(silence) + "没有提交发票" + usualZh + " / " + source.name()
                        + " has submitted no invoice for " + en(silence) + usualEn,
                expectation(cadence) + "; sellers " + source.sellers() + "; last heard "
                        + (lastHeard == null ? "never since watched" : lastHeard));
    }

    static AnomalyRaised speaksAgain(Source source) {
        return anomaly(
                        source,
                        source.name() + " 恢复提交发票 / " + source.name() + " submits invoices again",
                        "sellers " + source.sellers())
                .asResolved();
    }

    private static String expectation(Cadence cadence) {
        if (!cadence.learned()) {
            return "expected at least one every " + en(cadence.tolerance());
        }
        return "learned from the same weekday and hour of the last " + SilenceWatch.WEEKS_LEARNED
                + " weeks: longest usual gap " + en(cadence.usualGap()) + ", tolerated " + en(cadence.tolerance())
                + " (twice that, within fapiao.sync.silence.learned-floor and learned-ceiling)";
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
