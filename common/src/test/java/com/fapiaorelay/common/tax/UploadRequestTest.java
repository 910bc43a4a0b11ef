package com.fapiaorelay.common.tax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.ContentHash;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadRequest;
import com.fapiaorelay.testsupport.TestInvoices;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadRequestTest {

    @Test
    void storedCanonicalJsonMakesTheBodyThatWritingTheStoredInvoicesWould() {
        List<Invoice> invoices = List.of(TestInvoices.invoice(), TestInvoices.invoice());
        List<byte[]> stored = invoices.stream()
                .map(invoice -> ContentHash.canonicalJson(invoice).getBytes(StandardCharsets.UTF_8))
                .toList();
        List<Invoice> read = stored.stream()
                .map(json -> FapiaoJson.mapper().readValue(json, Invoice.class))
                .toList();

        String around = new String(UploadRequest.around(stored), StandardCharsets.UTF_8);

        assertThat(around).isEqualTo(FapiaoJson.mapper().writeValueAsString(new UploadRequest(read)));
    }
}
