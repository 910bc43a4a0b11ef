package com.fapiaorelay.sync.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Every timing of sync-service: {@code fapiao.sync.*}. Tests use the same keys with values of seconds or less. */
@Validated
@ConfigurationProperties("fapiao.sync")
public record SyncProperties(
        @DefaultValue Confirmation confirmation,
        @DefaultValue Stuck stuck,
        @DefaultValue Reconciliation reconciliation,
        @DefaultValue Report report,
        @DefaultValue Declarations declarations,
        @DefaultValue("15s") Duration stateCountsRefresh) {

    // @Scheduled takes strings: these read the bound record, so each default stays written once, below
    private static final String BOUND = "@'fapiao.sync-com.fapiaorelay.sync.config.SyncProperties'";
    public static final String CONFIRMATION_INTERVAL = "#{" + BOUND + ".confirmation().interval()}";
    public static final String HEARTBEAT_TOLERANCE = "#{" + BOUND + ".confirmation().heartbeatTolerance()}";
    public static final String STUCK_INTERVAL = "#{" + BOUND + ".stuck().interval()}";
    public static final String RECONCILIATION_SCHEDULE = "#{" + BOUND + ".reconciliation().schedule()}";
    public static final String REPORT_SCHEDULE = "#{" + BOUND + ".report().schedule()}";
    public static final String DECLARATIONS_RECHECK = "#{" + BOUND + ".declarations().recheck()}";

    /**
     * How uploaded invoices are looked up: the first look after {@code visibilityDelay}, then back-off from {@code
     * initialBackoff} growing by {@code backoffMultiplier} up to {@code maxBackoff}; not visible {@code deadline}
     * after upload means MISSING, re-uploaded at most {@code maxReuploadRounds} times before a human is asked. A
     * round's claim holds its invoices for {@code lease}: unset, a look-up at its slowest; set shorter, the service
     * refuses to start.
     */
    public record Confirmation(
            @DefaultValue("5s") Duration interval,
            @DefaultValue("200") int batchSize,
            @DefaultValue("1m") Duration visibilityDelay,
            @DefaultValue("1m") Duration initialBackoff,
            @DefaultValue("2") double backoffMultiplier,
            @DefaultValue("15m") Duration maxBackoff,
            @DefaultValue("4h") Duration deadline,
            @DefaultValue("2") int maxReuploadRounds,
            @DefaultValue("5m") Duration heartbeatTolerance,
            Duration lease) {

        public Confirmation {
            requirePositive("interval", interval);
            requirePositive("initial-backoff", initialBackoff);
            requirePositive("max-backoff", maxBackoff);
            requirePositive("deadline", deadline);
            requirePositive("heartbeat-tolerance", heartbeatTolerance);
            if (visibilityDelay.isNegative() || batchSize < 1 || backoffMultiplier < 1 || maxReuploadRounds < 0) {
                throw new IllegalArgumentException(
                        "fapiao.sync.confirmation needs visibility-delay >= 0, batch-size >= 1, "
                                + "backoff-multiplier >= 1 and max-reupload-rounds >= 0");
            }
        }
    }

    /** Invoices left in a non-final state longer than {@code sla} raise a STUCK anomaly; checked every {@code interval}. */
    public record Stuck(
            @DefaultValue("6h") Duration sla,
            @DefaultValue("1m") Duration interval,
            @DefaultValue("500") int batchSize) {

        public Stuck {
            requirePositive("stuck.sla", sla);
            requirePositive("stuck.interval", interval);
            if (batchSize < 1) {
                throw new IllegalArgumentException("fapiao.sync.stuck.batch-size must be at least 1");
            }
        }
    }

    /**
     * Reconciliation with the tax system: every summary splits a differing range into {@code splitFactor} buckets,
     * and a bucket holding at most {@code pageSize} invoices on both sides is compared invoice by invoice (see
     * {@code reconcile.Bisection} for why 32 and 1000). {@code schedule} is a cron for the nightly run over yesterday.
     */
    public record Reconciliation(
            @DefaultValue("32") int splitFactor,
            @DefaultValue("1000") int pageSize,
            @DefaultValue("0 30 1 * * *") String schedule) {

        public Reconciliation {
            if (splitFactor < 2 || splitFactor > 1000 || pageSize < 1 || pageSize > 1000) {
                throw new IllegalArgumentException(
                        "fapiao.sync.reconciliation needs split-factor 2..1000 and page-size 1..1000 (the protocol's"
                                + " limits), was " + splitFactor + " and " + pageSize);
            }
        }
    }

    /** The daily report per seller over yesterday, made by the cron {@code schedule} after the reconciliation. */
    public record Report(@DefaultValue("0 30 3 * * *") String schedule) {}

    /**
     * ERPs' declared totals: compared with the ledger {@code grace} after they arrive (invoices declared at the end of
     * a day may still be on their way), then every {@code recheck} while a gap stays open, at most {@code batchSize}
     * declarations a round.
     */
    public record Declarations(
            @DefaultValue("10m") Duration grace,
            @DefaultValue("1m") Duration recheck,
            @DefaultValue("100") int batchSize) {

        public Declarations {
            requirePositive("declarations.recheck", recheck);
            if (grace.isNegative() || batchSize < 1) {
                throw new IllegalArgumentException("fapiao.sync.declarations needs grace >= 0 and batch-size >= 1");
            }
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("fapiao.sync." + name + " must be positive, was " + value);
        }
    }
}
