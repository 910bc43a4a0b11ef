package com.fapiaorelay.alert.silence;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators silence matching groups until an end time, list silences and end them early. */
@RestController
@RequestMapping("/api/v1/silences")
class SilenceController {

    private final Silences silences;

    SilenceController(Silences silences) {
        this.silences = silences;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Silence create(@RequestBody SilenceRequest request, Principal caller) {
        return silences.create(request, caller.getName());
    }

    @GetMapping
    List<Silence> list(
            @RequestParam(defaultValue = "false") boolean inForce, @RequestParam(defaultValue = "100") int limit) {
        return silences.list(inForce, limit);
    }

    @PostMapping("/{id}/end")
    Silence end(@PathVariable long id, Principal caller) {
        return silences.end(id, caller.getName());
    }
}
