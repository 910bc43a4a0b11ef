package com.fapiaorelay.console.reconcile;

import com.fapiaorelay.console.audit.AuditRows;
import com.fapiaorelay.console.backend.Reconciliation;
import com.fapiaorelay.console.backend.SyncApi;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ReconciliationController {

    private final SyncApi sync;
    private final AuditRows audit;

    ReconciliationController(SyncApi sync, AuditRows audit) {
        this.sync = sync;
        this.audit = audit;
    }

    @GetMapping("/reconciliations")
    String runs(@RequestParam(required = false) String sellerTaxId, Model model) {
        model.addAttribute("sellerTaxId", sellerTaxId);
        model.addAttribute("runs", sync.recentReconciliations(sellerTaxId));
        return "reconciliations";
    }

    @PostMapping("/reconciliations")
    String start(
            @RequestParam String sellerTaxId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Principal person) {
        Reconciliation.Run run = sync.reconcile(sellerTaxId.strip(), day);
        audit.record(person.getName(), "RECONCILIATION_STARTED", "reconciliation " + run.id(), sellerTaxId + " " + day);
        return "redirect:/reconciliations/" + run.id();
    }

    @GetMapping("/reconciliations/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute(
                "reconciliation", sync.reconciliation(id).orElseThrow(() -> ReconciliationNotFound.forId(id)));
        return "reconciliation";
    }

    @GetMapping("/reconciliations/{id}/discrepancies.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=reconciliation-" + id + ".csv")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(sync.discrepanciesCsv(id));
    }
}
