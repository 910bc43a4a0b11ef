package com.fapiaorelay.console.backend;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.console.config.ConsoleProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/** sync-service: the ledger, its searches and counts, and reconciliation runs. */
@Component
public class SyncApi {

    private final RestClient http;

    SyncApi(RestClient.Builder builder, ConsoleProperties properties, PersonTokens people) {
        this.http = BackendClients.client(builder, properties.syncUrl(), "sync-service", people);
    }

    public Optional<LedgerInvoice> invoice(InvoiceKey key) {
        return BackendClients.unlessNotFound(() -> http.get()
                .uri("/api/v1/invoices/{seller}/{number}", key.sellerTaxId(), key.invoiceNumber())
                .retrieve()
                .body(LedgerInvoice.class));
    }

    public LedgerPage search(LedgerQuery query) {
        return http.get()
                .uri(uri -> query.applyTo(uri.path("/api/v1/invoices")).build())
                .retrieve()
                .body(LedgerPage.class);
    }

    public StateCounts counts(String sellerTaxId, LocalDate from, LocalDate to) {
        return http.get()
                .uri(uri -> optional(uri.path("/api/v1/invoices/counts"), "sellerTaxId", sellerTaxId)
                        .queryParam("from", from)
                        .queryParam("to", to)
                        .build())
                .retrieve()
                .body(StateCounts.class);
    }

    public List<Reconciliation.Run> recentReconciliations(String sellerTaxId) {
        return List.of(http.get()
                .uri(uri -> optional(uri.path("/api/v1/reconciliations"), "sellerTaxId", sellerTaxId)
                        .build())
                .retrieve()
                .body(Reconciliation.Run[].class));
    }

    public Optional<Reconciliation> reconciliation(long id) {
        return BackendClients.unlessNotFound(() ->
                http.get().uri("/api/v1/reconciliations/{id}", id).retrieve().body(Reconciliation.class));
    }

    public Reconciliation.Run reconcile(String sellerTaxId, LocalDate day) {
        return http.post()
                .uri("/api/v1/reconciliations")
                .body(Map.of("sellerTaxId", sellerTaxId, "day", day.toString()))
                .retrieve()
                .body(Reconciliation.Run.class);
    }

    public byte[] discrepanciesCsv(long id) {
        return http.get()
                .uri("/api/v1/reconciliations/{id}/discrepancies.csv", id)
                .retrieve()
                .body(byte[].class);
    }

    /** Every invoice that needs a human, state by state. */
    public List<LedgerPage> needingHuman(int perState) {
        return List.of(InvoiceState.values()).stream()
                .filter(InvoiceState::needsHuman)
                .map(state -> search(LedgerQuery.inState(state, perState)))
                .toList();
    }

    private static UriBuilder optional(UriBuilder uri, String name, String value) {
        return value == null || value.isBlank() ? uri : uri.queryParam(name, value);
    }
}
