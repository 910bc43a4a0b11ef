package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.ListRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.LookupRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.LookupResponse;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.SummaryRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * {@link TaxInterface} over our HTTP/JSON protocol (docs/tax-interface.md): signed requests, the version the
 * server announces, and one outcome class for every answer.
 */
public class HttpTaxInterface implements TaxInterface {

    /**
     * The most HTTP exchanges one upload or look-up makes: the version asked (once while unknown), the request, once
     * more re-signed after a stale-timestamp answer, and after a retired version's 410 the versions asked twice more
     * and the request and its re-signing again.
     */
    private static final int MOST_EXCHANGES_PER_CALL = 7;

    private final SignedHttp http;
    private final ProtocolVersions versions;

    /** With the development credentials the sandbox accepts out of the box. */
    public HttpTaxInterface(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
        this(baseUrl, TaxCredentials.DEVELOPMENT, connectTimeout, requestTimeout);
    }

    public HttpTaxInterface(URI baseUrl, TaxCredentials credentials, Duration connectTimeout, Duration requestTimeout) {
        this(baseUrl, credentials, connectTimeout, requestTimeout, Clock.systemUTC());
    }

    /** {@code clock} stamps the requests; the client corrects its skew from the server's answers. */
    public HttpTaxInterface(
            URI baseUrl, TaxCredentials credentials, Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.http = new SignedHttp(baseUrl, credentials, connectTimeout, requestTimeout, clock);
        this.versions = new ProtocolVersions(http);
    }

    /** The longest one upload or look-up can take with these timeouts, every exchange at its slowest. */
    public static Duration longestCall(Duration connectTimeout, Duration requestTimeout) {
        return connectTimeout.plus(requestTimeout).multipliedBy(MOST_EXCHANGES_PER_CALL);
    }

    @Override
    public List<UploadResult> upload(List<Invoice> invoices) {
        return upload(invoices.stream().map(Invoice::key).toList(), json(new UploadRequest(invoices)));
    }

    /** The upload request around the stored JSON texts: what {@link #upload} would write, not written again. */
    @Override
    public List<UploadResult> uploadStored(List<StoredInvoice> invoices) {
        return upload(
                invoices.stream().map(StoredInvoice::key).toList(),
                UploadRequest.around(invoices.stream().map(StoredInvoice::json).toList()));
    }

    private List<UploadResult> upload(List<InvoiceKey> keys, byte[] body) {
        try {
            HttpResponse<String> response = post(TaxProtocol.uploadPath(versions.current()), body);
            if (response.statusCode() == 410 && versions.renegotiate()) {
                response = post(TaxProtocol.uploadPath(versions.current()), body);
            }
            return UploadAnswers.classify(keys, response);
        } catch (IOException e) {
            return UploadAnswers.unknown(keys, e);
        }
    }

    @Override
    public List<TaxRecord> lookup(List<InvoiceKey> keys) {
        byte[] body = json(new LookupRequest(keys));
        String answer = answered("look-up", () -> {
            HttpResponse<String> response = post(TaxProtocol.lookupPath(versions.current()), body);
            return response.statusCode() == 410 && versions.renegotiate()
                    ? post(TaxProtocol.lookupPath(versions.current()), body)
                    : response;
        });
        return read(answer, LookupResponse.class).records();
    }

    @Override
    public TaxSummary summarize(String sellerTaxId, LocalDateTime from, LocalDateTime to, int buckets) {
        new SummaryBuckets(from, to, buckets); // refuses an empty range or no buckets before asking
        byte[] body = json(new SummaryRequest(sellerTaxId, from, to, buckets));
        return read(answered("summary", () -> postV2(TaxProtocol.SUMMARY_PATH, body)), TaxSummary.class);
    }

    /** A server older than ranges lists the whole day; the page is cut to the range here either way. */
    @Override
    public TaxRecordPage list(String sellerTaxId, LocalDateTime from, LocalDateTime to, String cursor, int pageSize) {
        if (pageSize < 1 || pageSize > TaxProtocol.MAX_PAGE) {
            throw new IllegalArgumentException("page size must be 1.." + TaxProtocol.MAX_PAGE + ", was " + pageSize);
        }
        LocalDate day = from.toLocalDate();
        if (!from.isBefore(to) || to.isAfter(day.plusDays(1).atStartOfDay())) {
            throw new IllegalArgumentException("a list range lies within one day, was " + from + " to " + to);
        }
        byte[] body = json(new ListRequest(sellerTaxId, day, from, to, cursor, pageSize));
        return read(answered("list", () -> postV2(TaxProtocol.LIST_PATH, body)), TaxRecordPage.class)
                .within(from, to);
    }

    /** The results of an earlier upload by its acceptance serial, while the server keeps them (12 h). */
    public List<UploadResult> results(String serial, List<InvoiceKey> keys) {
        String answer =
                answered("upload query", () -> versions.onlyV1() ? null : http.get(TaxProtocol.UPLOADS_PATH + serial));
        return UploadAnswers.fromBody(keys, answer);
    }

    private HttpResponse<String> postV2(String path, byte[] body) throws IOException {
        return versions.onlyV1() ? null : post(path, body);
    }

    private HttpResponse<String> post(String path, byte[] body) throws IOException {
        return http.send("POST", path, body);
    }

    private static String answered(String what, Call call) {
        try {
            HttpResponse<String> response = call.send();
            if (response == null) {
                throw TaxInterfaceUnavailable.because(what + " needs protocol v2, the server speaks v1 only", null);
            }
            if (response.statusCode() != 200) {
                throw TaxInterfaceUnavailable.because(
                        what + " answered HTTP " + response.statusCode() + " " + Answers.errorCode(response), null);
            }
            return response.body();
        } catch (IOException e) {
            throw TaxInterfaceUnavailable.because(what + " failed", e);
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return FapiaoJson.mapper().readValue(body, type);
        } catch (JacksonException e) {
            throw TaxInterfaceUnavailable.because("unreadable answer", e);
        }
    }

    private static byte[] json(Object body) {
        return FapiaoJson.mapper().writeValueAsBytes(body);
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws IOException;
    }
}
