package com.fapiaorelay.alert.lifecycle;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators list, inspect, acknowledge and resolve alerts; the actor is whoever authenticated the request. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private final AlertRows alerts;
    private final AlertLifecycle lifecycle;

    AlertController(AlertRows alerts, AlertLifecycle lifecycle) {
        this.alerts = alerts;
        this.lifecycle = lifecycle;
    }

    @GetMapping
    AlertPage list(
            @RequestParam(required = false) AlertState state,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String seller,
            @RequestParam(required = false) Long groupId,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "50") int limit) {
        AlertFilter filter = new AlertFilter(state, type, seller, groupId, before, limit);
        return AlertPage.of(alerts.list(filter), filter.limit());
    }

    @GetMapping("/{id}")
    AlertDetails get(@PathVariable long id) {
        return lifecycle.details(id);
    }

    @PostMapping("/{id}/acknowledge")
    AlertDetails acknowledge(@PathVariable long id, Principal caller) {
        return lifecycle.acknowledge(id, caller.getName());
    }

    @PostMapping("/{id}/resolve")
    AlertDetails resolve(@PathVariable long id, Principal caller) {
        return lifecycle.resolve(id, caller.getName());
    }
}
