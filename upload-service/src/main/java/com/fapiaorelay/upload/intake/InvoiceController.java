package com.fapiaorelay.upload.intake;

import com.fapiaorelay.upload.apikey.ApiClient;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/invoices}: one invoice, or {@code {"invoices": [...]}}, answered 202 with a receipt each. */
@RestController
@RequestMapping("/api/v1/invoices")
class InvoiceController {

    private final RestIntake intake;

    InvoiceController(RestIntake intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipts> submit(@RequestBody JsonNode body, @AuthenticationPrincipal ApiClient client) {
        List<IntakeReceipt> receipts = intake.submit(client, InvoicesBody.read(body));
        ResponseEntity.BodyBuilder accepted = ResponseEntity.accepted();
        if (receipts.size() == 1) {
            accepted.location(receipts.get(0).statusUrl());
        }
        return accepted.body(new Receipts(receipts));
    }

    /** The answer's body: one receipt per submitted invoice, in the order submitted. */
    record Receipts(List<IntakeReceipt> invoices) {}
}
