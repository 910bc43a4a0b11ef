package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.LookupRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.LookupResponse;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadResponse;
import com.fapiaorelay.sandbox.record.TaxRecords;
import com.fapiaorelay.sandbox.record.TaxRecords.UploadStatistics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@EnableConfigurationProperties(SandboxProperties.class)
class ProtocolController {

    private final UploadHandler uploads;
    private final TaxRecords records;
    private final SandboxProperties properties;

    ProtocolController(UploadHandler uploads, TaxRecords records, SandboxProperties properties) {
        this.uploads = uploads;
        this.records = records;
        this.properties = properties;
    }

    @PostMapping(TaxProtocol.UPLOAD_PATH)
    UploadResponse upload(@RequestBody UploadRequest request) throws InterruptedException {
        Thread.sleep(properties.batchLatency().toMillis());
        return uploads.upload(request.invoices());
    }

    @PostMapping(TaxProtocol.LOOKUP_PATH)
    LookupResponse lookup(@RequestBody LookupRequest request) {
        return new LookupResponse(records.find(request.keys()));
    }

    /** Not part of the protocol: lets tests and the demo count duplicate uploads. */
    @GetMapping("/sandbox/statistics")
    UploadStatistics statistics() {
        return records.statistics();
    }
}
