package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadResponse;
import com.fapiaorelay.sandbox.fault.Faults;
import com.fapiaorelay.sandbox.fault.InjectedFaults.Kind;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UploadController {

    private final UploadHandler uploads;
    private final Faults faults;
    private final SandboxProperties properties;

    UploadController(UploadHandler uploads, Faults faults, SandboxProperties properties) {
        this.uploads = uploads;
        this.faults = faults;
        this.properties = properties;
    }

    @PostMapping("/api/{version:v1|v2}/invoices/upload")
    UploadResponse upload(@RequestBody UploadRequest request, HttpServletResponse response) throws IOException {
        List<Invoice> invoices = request.invoices();
        if (invoices == null || invoices.isEmpty() || invoices.size() > TaxProtocol.MAX_BATCH) {
            throw Refusal.badRequest("a batch holds 1.." + TaxProtocol.MAX_BATCH + " invoices");
        }
        FaultInterceptor.pause(properties.batchLatency());
        if (!faults.admitsInvoices(perSeller(invoices))) {
            faults.count(Kind.QUOTA);
            throw Refusal.quota();
        }
        boolean reset = faults.drawReset();
        boolean errorAfterStoring = faults.drawStoreThenError();
        UploadResponse answer = uploads.upload(invoices);
        if (reset) {
            faults.count(Kind.RESET);
            ResponseCut.cut(response);
            return null;
        }
        if (errorAfterStoring) {
            faults.count(Kind.STORE_THEN_ERROR);
            throw Refusal.internalError();
        }
        return answer;
    }

    private static Map<String, Integer> perSeller(List<Invoice> invoices) {
        return invoices.stream()
                .collect(Collectors.groupingBy(
                        i -> String.valueOf(i.seller() == null ? null : i.sellerTaxId()),
                        Collectors.summingInt(i -> 1)));
    }
}
