package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.sync.access.Caller;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation on demand, its runs and their discrepancies as CSV, each only for callers holding its seller. */
@RestController
@RequestMapping("/api/v1/reconciliations")
class ReconciliationController {

    private final Reconciliations reconciliations;
    private final Clock clock;

    private static final int MAX_RUNS = 500;

    ReconciliationController(Reconciliations reconciliations, Clock clock) {
        this.reconciliations = reconciliations;
        this.clock = clock;
    }

    /** The latest runs, newest first, of the seller asked for or of every seller the caller may read. */
    @GetMapping
    List<ReconciliationRun> recent(
            @RequestParam(required = false) String sellerTaxId,
            @RequestParam(defaultValue = "50") int limit,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return reconciliations.recent(caller.sellersToSearch(sellerTaxId), Math.min(Math.max(limit, 1), MAX_RUNS));
    }

    /** Answers 202 at once with the RUNNING run; its URL tells when it completed. */
    @PostMapping
    ResponseEntity<ReconciliationRun> start(
            @RequestBody ReconciliationRequest request, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        if (request.sellerTaxId() == null || request.sellerTaxId().isBlank() || request.day() == null) {
            throw ReconciliationRequestInvalid.incomplete();
        }
        caller.requireSeller(request.sellerTaxId().strip());
        LocalDate today = BusinessDays.today(clock);
        if (request.day().isAfter(today)) {
            throw ReconciliationRequestInvalid.future(request.day(), today);
        }
        ReconciliationRun run = reconciliations.start(request.sellerTaxId().strip(), request.day());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/reconciliations/" + run.id()))
                .body(run);
    }

    @GetMapping("/{id}")
    RunView run(@PathVariable long id, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        ReconciliationRun run = readableRun(id, caller);
        return new RunView(run, reconciliations.firstDiscrepancies(id));
    }

    @GetMapping("/{id}/discrepancies.csv")
    ResponseEntity<byte[]> discrepanciesCsv(@PathVariable long id, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        ReconciliationRun run = readableRun(id, caller);
        return DiscrepancyCsv.of(run, reconciliations.discrepancies(id));
    }

    private ReconciliationRun readableRun(long id, Caller caller) {
        ReconciliationRun run = reconciliations.find(id).orElseThrow(() -> ReconciliationNotFound.forId(id));
        caller.requireSeller(run.sellerTaxId());
        return run;
    }

    /** A run with its first discrepancies; the CSV export has all of them. */
    record RunView(ReconciliationRun run, List<Discrepancy> discrepancies) {}
}
