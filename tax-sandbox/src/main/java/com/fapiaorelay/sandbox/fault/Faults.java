package com.fapiaorelay.sandbox.fault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The faults in force and every draw deciding them. Draws come from one {@link Random} seeded by the settings, in
 * a fixed order per call (latency, error, hang, reset, store-then-error, then per invoice), so one client's scenario
 * repeats.
 */
@Component
@EnableConfigurationProperties(FaultSettings.class)
public class Faults {

    private final Clock clock;
    private final InjectedFaults injected = new InjectedFaults();
    private final QuotaWindows appCalls;
    private final QuotaWindows sellerInvoices;
    private FaultSettings settings;
    private Random random;
    private Instant maintenanceUntil;

    Faults(FaultSettings initial, Clock clock) {
        this.clock = clock;
        this.appCalls = new QuotaWindows(clock);
        this.sellerInvoices = new QuotaWindows(clock);
        apply(initial);
    }

    /** Replaces the settings and restarts the random source from their seed. */
    public synchronized void apply(FaultSettings next) {
        settings = next;
        random = new Random(next.seed());
        maintenanceUntil = clock.instant().plusMillis(next.maintenanceMs());
    }

    public synchronized FaultSettings settings() {
        return settings;
    }

    public InjectedFaults.Counts injected() {
        return injected.counts();
    }

    public synchronized boolean v1Retired() {
        return settings.v1Retired();
    }

    /** How long maintenance lasts still, if it is on. */
    public synchronized Optional<Duration> maintenanceLeft() {
        Duration left = Duration.between(clock.instant(), maintenanceUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public boolean admitsCall(String appId) {
        return appCalls.admits(Map.of(appId, 1), settings().quotaPerSecond());
    }

    public boolean admitsInvoices(Map<String, Integer> invoicesPerSeller) {
        return sellerInvoices.admits(invoicesPerSeller, settings().sellerQuotaPerSecond());
    }

    /** The call-level faults of one protocol call. */
    public synchronized CallFate drawCall() {
        Duration latency = Latency.draw(random, settings.latencyMs());
        boolean error = chance(settings.errorRate());
        Duration hang = chance(settings.hangRate()) ? Duration.ofMillis(settings.hangMs()) : Duration.ZERO;
        return new CallFate(latency, error, hang);
    }

    public synchronized boolean drawReset() {
        return chance(settings.resetRate());
    }

    /** Whether this upload is stored and then answered 500, as a tax system failing after its commit would. */
    public synchronized boolean drawStoreThenError() {
        return chance(settings.storeThenErrorRate());
    }

    public synchronized InvoiceFate drawInvoice() {
        boolean lost = chance(settings.silentLossRate());
        boolean delayed = chance(settings.delayRate());
        boolean altered = chance(settings.alterRate());
        return new InvoiceFate(lost, delayed ? Duration.ofMillis(settings.delayMs()) : Duration.ZERO, altered);
    }

    public void count(InjectedFaults.Kind kind) {
        injected.count(kind, 1);
    }

    public void count(InjectedFaults.Kind kind, long times) {
        injected.count(kind, times);
    }

    // A rate of 0 draws nothing, so switching one fault off does not shift the draws of the others.
    private boolean chance(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }

    /** Call-level faults: sleep {@code latency}, answer 500 if {@code error}, sleep {@code hang} past the timeout. */
    public record CallFate(Duration latency, boolean error, Duration hang) {}

    /** What happens to one uploaded invoice: never stored, visible only after {@code delay}, stored altered. */
    public record InvoiceFate(boolean lost, Duration delay, boolean altered) {

        public static final InvoiceFate NORMAL = new InvoiceFate(false, Duration.ZERO, false);
    }
}
