package com.fapiaorelay.common.tax.leqi;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxCapabilities;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.tax.TaxInterfaceUnavailable;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.TaxRecordPage;
import com.fapiaorelay.common.tax.TaxSummary;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@link TaxInterface} over 乐企 (docs/leqi.md): uploads with QDFPSC in batches of at most the configured limit,
 * then asks CXQDFPSCJG by each batch's acceptance serial until every invoice has a final status or the deadline.
 * 乐企 answers no look-up by key, summary or list ({@link TaxCapabilities#UPLOAD_RESULTS_ONLY}): {@link #lookup}
 * answers only for invoices this instance uploaded, by asking again about their serials.
 */
public class LeqiTaxInterface implements TaxInterface {

    private static final int INVOICES_KEPT = 200_000;

    private final LeqiSettings settings;
    private final LeqiExchange exchange;
    private final UploadResultQuery query;
    private final ResultPolling polling;
    private final UploadSerials serials = new UploadSerials(INVOICES_KEPT);

    public LeqiTaxInterface(LeqiSettings settings) {
        this(
                settings,
                new HttpLeqiTransport(
                        settings.baseUrl(),
                        settings.timing().connectTimeout(),
                        settings.timing().requestTimeout()));
    }

    LeqiTaxInterface(LeqiSettings settings, LeqiTransport transport) {
        this.settings = settings;
        this.exchange = new LeqiExchange(settings, transport);
        this.query = new UploadResultQuery(exchange);
        this.polling = new ResultPolling(query, settings.timing());
    }

    @Override
    public TaxCapabilities capabilities() {
        return TaxCapabilities.UPLOAD_RESULTS_ONLY;
    }

    @Override
    public List<UploadResult> upload(List<Invoice> invoices) {
        Map<InvoiceKey, UploadResult> results = new HashMap<>();
        List<Invoice> travelling = new ArrayList<>();
        for (Invoice invoice : invoices) {
            if (QdfpscInvoices.travels(invoice)) {
                travelling.add(invoice);
            } else {
                results.put(invoice.key(), notShudian(invoice.key()));
            }
        }
        List<ResultPolling.Submitted> submitted = new ArrayList<>();
        for (List<Invoice> batch : batches(travelling)) {
            LeqiExchange.Answer answer = exchange.call(LeqiWire.UPLOAD, request(batch));
            Optional<LeqiExchange.Failed> refusal = refusal(answer);
            if (refusal.isPresent()) {
                batch.forEach(i -> results.put(i.key(), refusal.get().result(i.key(), null)));
            } else {
                String serial =
                        ((LeqiExchange.Data) answer).data().path("sllsh").asString();
                serials.remember(batch, serial);
                submitted.add(new ResultPolling.Submitted(serial, batch));
            }
        }
        results.putAll(polling.await(submitted));
        return invoices.stream().map(i -> results.get(i.key())).toList();
    }

    @Override
    public List<TaxRecord> lookup(List<InvoiceKey> keys) {
        Map<InvoiceKey, List<UploadSerials.Attempt>> attempts = serials.attempts(keys);
        Map<String, UploadResultQuery.Outcome> asked = new HashMap<>();
        Map<InvoiceKey, TaxRecord> held = new LinkedHashMap<>();
        attempts.forEach((key, tries) -> {
            for (UploadSerials.Attempt attempt : tries) {
                UploadResultQuery.Outcome outcome = asked.computeIfAbsent(attempt.serial(), query::ask);
                if (outcome.failed()) {
                    throw TaxInterfaceUnavailable.because(
                            LeqiWire.UPLOAD_RESULT + " answered "
                                    + outcome.failure().code(),
                            null);
                }
                if (holds(outcome, key)) {
                    held.putIfAbsent(key, record(key, attempt));
                }
            }
        });
        return List.copyOf(held.values());
    }

    @Override
    public TaxSummary summarize(String sellerTaxId, LocalDateTime from, LocalDateTime to, int buckets) {
        throw lacks("summary");
    }

    @Override
    public TaxRecordPage list(String sellerTaxId, LocalDateTime from, LocalDateTime to, String cursor, int pageSize) {
        throw lacks("list");
    }

    private ArrayNode request(List<Invoice> batch) {
        ArrayNode request = LeqiJson.mapper().createArrayNode();
        batch.forEach(i -> request.add(QdfpscInvoices.toWire(i, settings.accessUnit(), settings.device())));
        return request;
    }

    /** Anything but {@code returncode 00} with a serial: the whole batch shares the failure. */
    private static Optional<LeqiExchange.Failed> refusal(LeqiExchange.Answer answer) {
        if (answer instanceof LeqiExchange.Failed failed) {
            return Optional.of(failed);
        }
        JsonNode data = ((LeqiExchange.Data) answer).data();
        String returnCode = data.path("returncode").asString("");
        if (LeqiWire.RETURN_OK.equals(returnCode)
                && !data.path("sllsh").asString("").isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new LeqiExchange.Failed(
                UploadOutcome.UNKNOWN,
                "LEQI_RETURN_" + returnCode,
                data.path("returnmsg").asString(""),
                null));
    }

    private List<List<Invoice>> batches(List<Invoice> invoices) {
        List<List<Invoice>> batches = new ArrayList<>();
        for (int from = 0; from < invoices.size(); from += settings.batchLimit()) {
            batches.add(invoices.subList(from, Math.min(invoices.size(), from + settings.batchLimit())));
        }
        return batches;
    }

    private static boolean holds(UploadResultQuery.Outcome outcome, InvoiceKey key) {
        return outcome.entry(key.invoiceNumber())
                .flatMap(e -> LeqiStatus.of(e.status()))
                .flatMap(LeqiStatus::outcome)
                .filter(o -> o == UploadOutcome.ACCEPTED || o == UploadOutcome.DUPLICATE)
                .isPresent();
    }

    /** 乐企's result shows no figures: the record carries those of our upload it confirms. */
    private static TaxRecord record(InvoiceKey key, UploadSerials.Attempt attempt) {
        return new TaxRecord(
                key.sellerTaxId(),
                key.invoiceNumber(),
                attempt.serial(),
                attempt.totalAmount(),
                attempt.totalTax(),
                attempt.issuedAt());
    }

    private static UploadResult notShudian(InvoiceKey key) {
        return UploadResult.of(
                key,
                UploadOutcome.REJECTED,
                "LEQI_NOT_SHUDIAN",
                "QDFPSC carries 数电票 only: a 20-digit number and no invoice code");
    }

    private static UnsupportedOperationException lacks(String capability) {
        return new UnsupportedOperationException(
                "乐企 offers no " + capability + "; callers check capabilities() first (docs/leqi.md)");
    }
}
