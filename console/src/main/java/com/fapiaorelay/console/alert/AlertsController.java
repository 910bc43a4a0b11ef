package com.fapiaorelay.console.alert;

import com.fapiaorelay.console.audit.AuditRows;
import com.fapiaorelay.console.backend.AlertApi;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AlertsController {

    private static final int PAGE_SIZE = 100;

    private final AlertApi alerts;
    private final AuditRows audit;

    AlertsController(AlertApi alerts, AuditRows audit) {
        this.alerts = alerts;
        this.audit = audit;
    }

    /** Every alert, one state's, or (from a message's link) one group's. */
    @GetMapping("/alerts")
    String list(
            @RequestParam(required = false) String state, @RequestParam(required = false) Long groupId, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("groupId", groupId);
        model.addAttribute(
                "alerts", groupId == null ? alerts.recent(state, PAGE_SIZE) : alerts.inGroup(groupId, PAGE_SIZE));
        return "alerts";
    }

    @PostMapping("/alerts/{id}/acknowledge")
    String acknowledge(@PathVariable long id, Principal person) {
        alerts.acknowledge(id);
        audit.record(person.getName(), "ALERT_ACKNOWLEDGED", "alert " + id, null);
        return "redirect:/alerts";
    }

    @PostMapping("/alerts/{id}/resolve")
    String resolve(@PathVariable long id, Principal person) {
        alerts.resolve(id);
        audit.record(person.getName(), "ALERT_RESOLVED", "alert " + id, null);
        return "redirect:/alerts";
    }
}
