package com.fapiaorelay.console.backend;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.console.config.ConsoleProperties;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** upload-service: an invoice's content and attempts, the entry of approved corrections, maintenance windows. */
@Component
public class UploadApi {

    private static final String MAINTENANCE_WINDOWS = "/api/v1/admin/maintenance-windows";

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

    /** The maintenance windows not over yet, the earliest first. */
    public List<MaintenanceWindow> maintenanceWindows() {
        return http.get()
                .uri(MAINTENANCE_WINDOWS)
                .retrieve()
                .body(new ParameterizedTypeReference<List<MaintenanceWindow>>() {});
    }

    /** Declares a window in which uploads wait; upload-service records the person logged in as its author. */
    public MaintenanceWindow declareMaintenance(OffsetDateTime start, OffsetDateTime end, String reason) {
        return http.post()
                .uri(MAINTENANCE_WINDOWS)
                .body(Map.of("start", start, "end", end, "reason", reason))
                .retrieve()
                .body(MaintenanceWindow.class);
    }

    public void cancelMaintenance(UUID id) {
        http.delete().uri(MAINTENANCE_WINDOWS + "/{id}", id).retrieve().toBodilessEntity();
    }

    /** What upload-service did with a re-entry: the key now in the pipeline and intake's outcome. */
    public record ReentryReceipt(String key, String outcome, String superseded) {}
}
