package com.fapiaorelay.upload.maintenance;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/maintenance-windows}: ops declare, list and cancel the windows in which uploads wait. */
@RestController
@RequestMapping("/api/v1/admin/maintenance-windows")
class MaintenanceWindowController {

    private final DeclaredMaintenance maintenance;

    MaintenanceWindowController(DeclaredMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MaintenanceWindow declare(@RequestBody MaintenanceWindowRequest request, Principal caller) {
        return maintenance.declare(request, caller.getName());
    }

    /** The windows not over yet, the earliest first. */
    @GetMapping
    List<MaintenanceWindow> list() {
        return maintenance.notEnded();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable UUID id, Principal caller) {
        maintenance.cancel(id, caller.getName());
    }
}
