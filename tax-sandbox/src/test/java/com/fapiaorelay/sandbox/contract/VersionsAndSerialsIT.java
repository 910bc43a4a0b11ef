package com.fapiaorelay.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.TaxCredentials;
import com.fapiaorelay.common.tax.UploadOutcome;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.LookupRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadResponse;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionsAndSerialsIT extends SandboxContractBase {

    @Test
    void announcesBothVersionsUntilV1IsRetired() {
        assertThat(raw().get(TaxProtocol.VERSION_PATH).body()).contains("v1", "v2");

        faults("v1-retired=true");

        assertThat(raw().get(TaxProtocol.VERSION_PATH).body()).doesNotContain("v1");
    }

    @Test
    void retiredV1AnswersGoneWhileTheClientKeepsWorkingOnV2() {
        faults("v1-retired=true");

        HttpResponse<String> v1 = raw().send(SignedRequests.signed(
                TaxCredentials.DEVELOPMENT,
                TaxProtocol.lookupPath(TaxProtocol.V1),
                new LookupRequest(List.of()),
                System.currentTimeMillis()));

        assertThat(v1.statusCode()).isEqualTo(410);
        assertThat(v1.body()).contains("E0410");
        assertThat(client().upload(List.of(invoice())).get(0).outcome()).isEqualTo(UploadOutcome.ACCEPTED);
    }

    @Test
    void answersAnUploadsResultsByItsSerial() {
        Invoice invoice = invoice();
        HttpResponse<String> uploaded = raw().send(SignedRequests.signed(
                TaxCredentials.DEVELOPMENT,
                TaxProtocol.UPLOAD_PATH,
                new UploadRequest(List.of(invoice)),
                System.currentTimeMillis()));
        String serial = FapiaoJson.mapper()
                .readValue(uploaded.body(), UploadResponse.class)
                .serial();

        List<UploadResult> results = client().results(serial, List.of(invoice.key()));

        assertThat(results).extracting(UploadResult::outcome).containsExactly(UploadOutcome.ACCEPTED);
    }

    private SignedRequests raw() {
        return new SignedRequests(url());
    }
}
