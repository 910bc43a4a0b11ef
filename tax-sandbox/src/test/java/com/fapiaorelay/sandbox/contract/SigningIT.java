package com.fapiaorelay.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.tax.TaxCredentials;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.LookupRequest;
import com.fapiaorelay.sandbox.contract.SignedRequests.Signed;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningIT extends SandboxContractBase {

    private static final LookupRequest NOTHING = new LookupRequest(List.of());
    private static final TaxCredentials DEV = TaxCredentials.DEVELOPMENT;

    @Test
    void acceptsAFreshlySignedRequest() {
        assertThat(raw().send(signedNow(DEV)).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAStaleTimestamp() {
        long sixMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(6).toMillis();

        HttpResponse<String> answer = raw().send(SignedRequests.signed(DEV, lookupPath(), NOTHING, sixMinutesAgo));

        assertRefused(answer, "E4012");
        assertThat(answer.headers().firstValue(TaxProtocol.SERVER_TIME_HEADER)).isPresent();
    }

    @Test
    void refusesAReplayedNonce() {
        Signed request = signedNow(DEV);

        assertThat(raw().send(request).statusCode()).isEqualTo(200);
        assertRefused(raw().send(request), "E4013");
    }

    @Test
    void refusesATamperedBody() {
        Signed request = signedNow(DEV);

        assertRefused(raw().send(request, "{\"keys\":null}".getBytes(StandardCharsets.UTF_8)), "E4011");
    }

    @Test
    void refusesAnUnknownApp() {
        assertRefused(raw().send(signedNow(new TaxCredentials("stranger", "guess"))), "E4010");
    }

    @Test
    void clientWithASkewedClockCorrectsItselfFromTheServersTime() {
        Clock tenMinutesSlow = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));

        UploadResult result =
                client(DEV, tenMinutesSlow).upload(List.of(invoice())).get(0);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.ACCEPTED);
    }

    @Test
    void wrongSecretLeavesTheInvoiceRetryableNotRejected() {
        TaxCredentials wrong = new TaxCredentials(DEV.appId(), "not-the-secret");

        UploadResult result =
                client(wrong, Clock.systemUTC()).upload(List.of(invoice())).get(0);

        assertThat(result.outcome()).isEqualTo(UploadOutcome.RETRYABLE);
        assertThat(result.code()).isEqualTo("AUTH_E4011");
    }

    private SignedRequests raw() {
        return new SignedRequests(url());
    }

    private static Signed signedNow(TaxCredentials credentials) {
        return SignedRequests.signed(credentials, lookupPath(), NOTHING, System.currentTimeMillis());
    }

    private static String lookupPath() {
        return TaxProtocol.LOOKUP_PATH;
    }

    private static void assertRefused(HttpResponse<String> answer, String code) {
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("\"" + code + "\"");
    }
}
