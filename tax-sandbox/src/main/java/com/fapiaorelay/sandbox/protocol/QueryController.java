package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.tax.SummaryBuckets;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.TaxRecordPage;
import com.fapiaorelay.common.tax.TaxSummary;
import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.ListRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.LookupRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.LookupResponse;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.SummaryRequest;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.VersionAnnouncement;
import com.fapiaorelay.sandbox.fault.Faults;
import com.fapiaorelay.sandbox.record.TaxRecordRows;
import com.fapiaorelay.sandbox.record.UploadBatchRows;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QueryController {

    private final TaxRecordRows records;
    private final UploadBatchRows batches;
    private final Faults faults;
    private final SandboxProperties properties;

    QueryController(TaxRecordRows records, UploadBatchRows batches, Faults faults, SandboxProperties properties) {
        this.records = records;
        this.batches = batches;
        this.faults = faults;
        this.properties = properties;
    }

    @GetMapping(TaxProtocol.VERSION_PATH)
    VersionAnnouncement versions() {
        return new VersionAnnouncement(
                faults.v1Retired() ? List.of(TaxProtocol.V2) : List.of(TaxProtocol.V1, TaxProtocol.V2));
    }

    @PostMapping("/api/{version:v1|v2}/invoices/lookup")
    LookupResponse lookup(@RequestBody LookupRequest request) {
        if (request.keys() == null || request.keys().size() > TaxProtocol.MAX_BATCH) {
            throw Refusal.badRequest("a look-up holds 0.." + TaxProtocol.MAX_BATCH + " keys");
        }
        return new LookupResponse(records.find(request.keys()));
    }

    @GetMapping(TaxProtocol.UPLOADS_PATH + "{serial}")
    ResponseEntity<String> uploadResults(@PathVariable String serial) {
        String answer = batches.answer(serial, properties.uploadResultsKeptFor())
                .orElseThrow(() -> Refusal.unknownSerial(serial));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    @PostMapping(TaxProtocol.SUMMARY_PATH)
    TaxSummary summary(@RequestBody SummaryRequest request) {
        if (request.buckets() > TaxProtocol.MAX_BUCKETS || request.from() == null || request.to() == null) {
            throw Refusal.badRequest("a summary needs from < to and 1.." + TaxProtocol.MAX_BUCKETS + " buckets");
        }
        SummaryBuckets split = new SummaryBuckets(request.from(), request.to(), request.buckets());
        return new TaxSummary(
                request.sellerTaxId(), request.from(), request.to(), records.summarize(request.sellerTaxId(), split));
    }

    @PostMapping(TaxProtocol.LIST_PATH)
    TaxRecordPage list(@RequestBody ListRequest request) {
        if (request.pageSize() < 1 || request.pageSize() > TaxProtocol.MAX_PAGE || request.day() == null) {
            throw Refusal.badRequest("a list needs a day and a page size of 1.." + TaxProtocol.MAX_PAGE);
        }
        LocalDateTime from = request.from() == null ? request.day().atStartOfDay() : request.from();
        LocalDateTime to = request.to() == null ? request.day().plusDays(1).atStartOfDay() : request.to();
        if (from.isBefore(request.day().atStartOfDay())
                || !from.isBefore(to)
                || to.isAfter(request.day().plusDays(1).atStartOfDay())) {
            throw Refusal.badRequest("from and to narrow the day: day <= from < to <= the next day");
        }
        String after = ListCursor.decode(request.cursor());
        List<TaxRecord> found = records.issued(request.sellerTaxId(), from, to, after, request.pageSize() + 1);
        if (found.size() <= request.pageSize()) {
            return new TaxRecordPage(found, null);
        }
        List<TaxRecord> page = found.subList(0, request.pageSize());
        return new TaxRecordPage(
                page, ListCursor.encode(page.get(page.size() - 1).invoiceNumber()));
    }
}
