package com.fapiaorelay.upload.reentry;

import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/reentries}: the console hands over a correction approved by the person logged in, who is
 * its checker whatever the body says.
 */
@RestController
@RequestMapping("/api/v1/admin/reentries")
class ReentryController {

    private final Reentries reentries;

    ReentryController(Reentries reentries) {
        this.reentries = reentries;
    }

    @PostMapping
    ResponseEntity<ReentryReceipt> enter(@RequestBody ReentryRequest request, Principal reviewer) {
        ReentryReceipt receipt = reentries.enter(request.reviewedBy(reviewer.getName()));
        return ResponseEntity.accepted().location(receipt.statusUrl()).body(receipt);
    }
}
