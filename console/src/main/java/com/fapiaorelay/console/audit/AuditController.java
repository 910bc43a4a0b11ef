package com.fapiaorelay.console.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log page, for ADMINs. */
@Controller
class AuditController {

    private final AuditRows trail;

    AuditController(AuditRows trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("events", trail.latest(200));
        return "audit";
    }
}
