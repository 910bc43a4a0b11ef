package com.fapiaorelay.sync.reconcile;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation on demand, its runs and their discrepancies as CSV. */
@RestController
@RequestMapping("/api/v1/reconciliations")
class ReconciliationController {

    private final Reconciliations reconciliations;
    private final Clock clock;

    ReconciliationController(Reconciliations reconciliations, Clock clock) {
        this.reconciliations = reconciliations;
        this.clock = clock;
    }

    /** Answers 202 at once with the RUNNING run; its URL tells when it completed. */
    @PostMapping
    ResponseEntity<ReconciliationRun> start(@RequestBody ReconciliationRequest request) {
        if (request.sellerTaxId() == null || request.sellerTaxId().isBlank() || request.day() == null) {
            throw ReconciliationRequestInvalid.incomplete();
        }
        LocalDate today = LocalDate.now(clock);
        if (request.day().isAfter(today)) {
            throw ReconciliationRequestInvalid.future(request.day(), today);
        }
        ReconciliationRun run = reconciliations.start(request.sellerTaxId().strip(), request.day());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/reconciliations/" + run.id()))
                .body(run);
    }

    @GetMapping("/{id}")
    RunView run(@PathVariable long id) {
        ReconciliationRun run = reconciliations.find(id).orElseThrow(() -> ReconciliationNotFound.forId(id));
        return new RunView(run, reconciliations.firstDiscrepancies(id));
    }

    @GetMapping("/{id}/discrepancies.csv")
    ResponseEntity<byte[]> discrepanciesCsv(@PathVariable long id) {
        ReconciliationRun run = reconciliations.find(id).orElseThrow(() -> ReconciliationNotFound.forId(id));
        return DiscrepancyCsv.of(run, reconciliations.discrepancies(id));
    }

    /** A run with its first discrepancies; the CSV export has all of them. */
    record RunView(ReconciliationRun run, List<Discrepancy> discrepancies) {}
}
