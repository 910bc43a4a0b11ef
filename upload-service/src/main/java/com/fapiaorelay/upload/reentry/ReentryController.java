package com.fapiaorelay.upload.reentry;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/reentries}: the console hands over an approved correction (admin token required). */
@RestController
@RequestMapping("/api/v1/admin/reentries")
class ReentryController {

    private final Reentries reentries;

    ReentryController(Reentries reentries) {
        this.reentries = reentries;
    }

    @PostMapping
    ResponseEntity<ReentryReceipt> enter(@RequestBody ReentryRequest request) {
        ReentryReceipt receipt = reentries.enter(request);
        return ResponseEntity.accepted().location(receipt.statusUrl()).body(receipt);
    }
}
