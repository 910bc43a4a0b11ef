package com.fapiaorelay.console.maintenance;

import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.console.audit.AuditRows;
import com.fapiaorelay.console.backend.MaintenanceWindow;
import com.fapiaorelay.console.backend.UploadApi;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The windows in which uploads wait, entered and shown in Beijing time whatever the browser's zone. */
@Controller
@RequestMapping("/maintenance")
class MaintenanceController {

    private final UploadApi upload;
    private final AuditRows audit;

    MaintenanceController(UploadApi upload, AuditRows audit) {
        this.upload = upload;
        this.audit = audit;
    }

    @GetMapping
    String windows(Model model) {
        model.addAttribute("windows", upload.maintenanceWindows());
        return "maintenance";
    }

    @PostMapping
    String declare(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
            @RequestParam String reason,
            Principal person) {
        MaintenanceWindow window = upload.declareMaintenance(beijing(start), beijing(end), reason.strip());
        audit.record(person.getName(), "MAINTENANCE_DECLARED", "maintenance window " + window.id(), reason);
        return "redirect:/maintenance";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, Principal person) {
        upload.cancelMaintenance(id);
        audit.record(person.getName(), "MAINTENANCE_CANCELLED", "maintenance window " + id, "");
        return "redirect:/maintenance";
    }

    private static OffsetDateTime beijing(LocalDateTime wallTime) {
        return wallTime.atZone(BusinessDays.CHINA).toOffsetDateTime();
    }
}
