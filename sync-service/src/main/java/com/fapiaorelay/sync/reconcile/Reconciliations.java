package com.fapiaorelay.sync.reconcile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Reconciliation's facade: start a run now or in the background, read runs back. Background runs go one at a
 * time, so on-demand requests never add up to a burst against the tax interface's quota.
 */
@Component
public class Reconciliations implements DisposableBean {

    static final String ON_DEMAND = "ON_DEMAND";
    static final String SCHEDULED = "SCHEDULED";
    private static final int MAX_LISTED_DISCREPANCIES = 500;

    private final ReconciliationRows runs;
    private final Reconciler reconciler;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(Reconciliations::thread);

    Reconciliations(ReconciliationRows runs, Reconciler reconciler, Clock clock) {
        this.runs = runs;
        this.reconciler = reconciler;
        this.clock = clock;
    }

    /** Stores a RUNNING run and carries it out in the background; answers it as stored. */
    ReconciliationRun start(String sellerTaxId, LocalDate day) {
        long id = runs.start(sellerTaxId, day, ON_DEMAND, OffsetDateTime.now(clock));
        background.execute(() -> reconciler.run(id, sellerTaxId, day));
        return find(id).orElseThrow();
    }

    /** Carries out a run in the caller's thread. */
    ReconciliationRun runNow(String sellerTaxId, LocalDate day, String trigger) {
        long id = runs.start(sellerTaxId, day, trigger, OffsetDateTime.now(clock));
        reconciler.run(id, sellerTaxId, day);
        return find(id).orElseThrow();
    }

    Optional<ReconciliationRun> find(long id) {
        return runs.find(id);
    }

    /** The most recent run of the seller's day, whatever its status. */
    public Optional<ReconciliationRun> latest(String sellerTaxId, LocalDate day) {
        return runs.latest(sellerTaxId, day);
    }

    List<ReconciliationRun> recent(Set<String> sellerTaxIds, int limit) {
        return runs.recent(sellerTaxIds, limit);
    }

    List<Discrepancy> discrepancies(long runId) {
        return runs.discrepancies(runId, Integer.MAX_VALUE);
    }

    List<Discrepancy> firstDiscrepancies(long runId) {
        return runs.discrepancies(runId, MAX_LISTED_DISCREPANCIES);
    }

    private static Thread thread(Runnable work) {
        Thread thread = new Thread(work, "reconciliation");
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
