package com.fapiaorelay.common.tax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.InvoiceKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

class UploadAnswersTest {

    private static final List<InvoiceKey> KEYS = List.of(new InvoiceKey("91110108MA01AB3CX1", "26117000000000000001"));

    @Test
    void quotaAndMaintenanceAreRetryableAfterTheServersWait() {
        assertThat(classify(429, "{\"code\":\"E4290\"}", "3"))
                .extracting(UploadResult::outcome, UploadResult::code, UploadResult::retryAfter)
                .containsExactly(UploadOutcome.RETRYABLE, "E4290", Duration.ofSeconds(3));
        assertThat(classify(503, "", "60").outcome()).isEqualTo(UploadOutcome.RETRYABLE);
    }

    @Test
    void signatureProblemsAreRetryableButAReplayedNonceIsUnknown() {
        assertThat(classify(401, "{\"code\":\"E4011\"}", null).outcome()).isEqualTo(UploadOutcome.RETRYABLE);
        assertThat(classify(401, "{\"code\":\"E4013\"}", null).outcome()).isEqualTo(UploadOutcome.UNKNOWN);
    }

    @Test
    void serverErrorsThatMayFollowStorageAreUnknownButMaintenanceIsNot() {
        for (int status : new int[] {500, 502, 504}) {
            assertThat(classify(status, "{\"code\":\"E5000\"}", null))
                    .extracting(UploadResult::outcome, UploadResult::code)
                    .containsExactly(UploadOutcome.UNKNOWN, "E5000");
        }
        assertThat(classify(502, "<html>Bad Gateway</html>", null).code()).isEqualTo("HTTP_502");
        assertThat(classify(503, "{\"code\":\"E5030\"}", "5").outcome()).isEqualTo(UploadOutcome.RETRYABLE);
    }

    @Test
    void otherClientErrorsAreTheEndpointsFailureNotARejectionOfTheInvoices() {
        for (int status : new int[] {400, 403, 404, 413}) {
            assertThat(classify(status, "<html>nginx</html>", null))
                    .extracting(UploadResult::outcome, UploadResult::code)
                    .containsExactly(UploadOutcome.ENDPOINT_FAILED, "HTTP_" + status);
        }
    }

    @Test
    void onlyTheTaxSidesAnswerForAnInvoiceRejectsIt() {
        String rejected = "{\"serial\":\"SN1\",\"results\":[{\"sellerTaxId\":\"91110108MA01AB3CX1\","
                + "\"invoiceNumber\":\"26117000000000000001\",\"status\":\"REJECTED\",\"code\":\"E1001\"}]}";
        assertThat(classify(200, rejected, null))
                .extracting(UploadResult::outcome, UploadResult::code)
                .containsExactly(UploadOutcome.REJECTED, "E1001");
        assertThat(classify(200, "{\"serial\":", null).outcome()).isEqualTo(UploadOutcome.UNKNOWN);
    }

    @Test
    void answerWithoutTheInvoiceOrWithAStatusWeDoNotKnowIsUnknown() {
        assertThat(classify(200, "{\"serial\":\"SN1\",\"results\":[]}", null).outcome())
                .isEqualTo(UploadOutcome.UNKNOWN);
        String processing = "{\"serial\":\"SN1\",\"results\":[{\"sellerTaxId\":\"91110108MA01AB3CX1\","
                + "\"invoiceNumber\":\"26117000000000000001\",\"status\":\"PROCESSING\"}]}";
        assertThat(classify(200, processing, null).outcome()).isEqualTo(UploadOutcome.UNKNOWN);
    }

    private static UploadResult classify(int status, String body, String retryAfter) {
        return UploadAnswers.classify(KEYS, new Answer(status, body, retryAfter))
                .get(0);
    }

    private record Answer(int statusCode, String body, String retryAfter) implements HttpResponse<String> {

        @Override
        public HttpHeaders headers() {
            Map<String, List<String>> headers =
                    retryAfter == null ? Map.of() : Map.of("Retry-After", List.of(retryAfter));
            return HttpHeaders.of(headers, (name, value) -> true);
        }

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri()).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return URI.create("http://localhost/api/v2/invoices/upload");
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
