package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UploadController {

    private final UploadFlow uploads;

    UploadController(UploadFlow uploads) {
        this.uploads = uploads;
    }

    @PostMapping("/api/{version:v1|v2}/invoices/upload")
    ResponseEntity<String> upload(@RequestBody UploadRequest request, HttpServletResponse response) throws IOException {
        List<Invoice> invoices = request.invoices();
        if (invoices == null || invoices.isEmpty() || invoices.size() > TaxProtocol.MAX_BATCH) {
            throw Refusal.badRequest("a batch holds 1.." + TaxProtocol.MAX_BATCH + " invoices");
        }
        String answer = uploads.upload(invoices, response);
        return answer == null
                ? null
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }
}
