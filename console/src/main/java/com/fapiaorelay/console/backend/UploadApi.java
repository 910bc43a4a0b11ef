package com.fapiaorelay.console.backend;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.console.config.ConsoleProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** upload-service: an invoice's content and attempts, and the entry of approved corrections. */
@Component
public class UploadApi {

    private final RestClient http;

    UploadApi(RestClient.Builder builder, ConsoleProperties properties, PersonTokens people) {
        this.http = BackendClients.client(builder, properties.uploadUrl(), "upload-service", people);
    }

    public Optional<SubmissionHistory> submission(InvoiceKey key) {
        return BackendClients.unlessNotFound(() -> http.get()
                .uri("/api/v1/admin/submissions/{seller}/{number}", key.sellerTaxId(), key.invoiceNumber())
                .retrieve()
                .body(SubmissionHistory.class));
    }

    /**
     * Hands a correction approved by the person logged in (upload-service takes the reviewer from their token) to
     * the pipeline; answers how intake took it. Safe to repeat.
     */
    public ReentryReceipt reenter(long correctionId, InvoiceKey supersedes, Invoice invoice, String author) {
        Map<String, Object> body = new HashMap<>();
        body.put("correctionId", correctionId);
        body.put("supersedes", supersedes);
        body.put("invoice", invoice);
        body.put("author", author);
        return http.post().uri("/api/v1/admin/reentries").body(body).retrieve().body(ReentryReceipt.class);
    }

    /** What upload-service did with a re-entry: the key now in the pipeline and intake's outcome. */
    public record ReentryReceipt(String key, String outcome, String superseded) {}
}
