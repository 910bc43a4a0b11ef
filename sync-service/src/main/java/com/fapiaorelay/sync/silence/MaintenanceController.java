package com.fapiaorelay.sync.silence;

import com.fapiaorelay.sync.access.Caller;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An ERP source's maintenance over REST: declare a window, list those not ended, withdraw one. */
@RestController
@RequestMapping("/api/v1/silent-sources/{name}/maintenance")
class MaintenanceController {

    private final SourceMaintenance maintenance;

    MaintenanceController(SourceMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MaintenanceView declare(
            @PathVariable String name,
            @RequestBody MaintenanceRequest request,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return maintenance.declare(name, request, caller);
    }

    @GetMapping
    List<MaintenanceView> notEnded(@PathVariable String name, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return maintenance.notEnded(name, caller);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String name, @PathVariable UUID id, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        maintenance.remove(name, id, caller);
    }
}
