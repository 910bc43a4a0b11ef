package com.fapiaorelay.sync.report;

import com.fapiaorelay.sync.access.Caller;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Daily reports: made nightly or on request, read back as JSON or CSV, each only by callers holding its seller. */
@RestController
@RequestMapping("/api/v1/reports")
class DailyReportController {

    private final DailyReportMaker maker;
    private final DailyReportRows reports;

    DailyReportController(DailyReportMaker maker, DailyReportRows reports) {
        this.maker = maker;
        this.reports = reports;
    }

    /** Makes (or remakes) the report and sends it through alert-service's channels. */
    @PostMapping
    ResponseEntity<DailyReport> make(
            @RequestBody ReportRequest request, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        if (request.sellerTaxId() == null || request.sellerTaxId().isBlank() || request.day() == null) {
            throw ReportRequestInvalid.incomplete();
        }
        caller.requireSeller(request.sellerTaxId().strip());
        DailyReport report = maker.make(request.sellerTaxId().strip(), request.day());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.sellerTaxId() + "/" + report.day()))
                .body(report);
    }

    @GetMapping("/{sellerTaxId}/{day}")
    DailyReport report(
            @PathVariable String sellerTaxId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        caller.requireSeller(sellerTaxId);
        return reports.find(sellerTaxId, day).orElseThrow(() -> ReportNotFound.forDay(sellerTaxId, day));
    }

    @GetMapping("/{sellerTaxId}/{day}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String sellerTaxId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        caller.requireSeller(sellerTaxId);
        return DailyReportCsv.of(
                reports.find(sellerTaxId, day).orElseThrow(() -> ReportNotFound.forDay(sellerTaxId, day)));
    }
}
