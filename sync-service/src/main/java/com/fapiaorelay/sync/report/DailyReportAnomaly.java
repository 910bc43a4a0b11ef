package com.fapiaorelay.sync.report;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.event.FapiaoEvent;
import com.fapiaorelay.sync.ledger.Ledger;
import java.util.UUID;

/** The daily report as an information message: alert-service's channels deliver it to the seller's recipients. */
final class DailyReportAnomaly {

    static final String DAILY_REPORT = "DAILY_REPORT";

    private DailyReportAnomaly() {}

    static AnomalyRaised of(DailyReport report) {
        String seller = report.sellerTaxId();
        return new AnomalyRaised(
                UUID.randomUUID(),
                AnomalyRaised.TYPE,
                AnomalyRaised.VERSION,
                FapiaoEvent.stampedNow(),
                Ledger.OWN_SOURCE,
                DAILY_REPORT + ":" + seller + ":" + report.day(),
                DAILY_REPORT + ":" + seller,
                DAILY_REPORT,
                Severity.INFO,
                seller,
                null,
                "每日报告 / daily report " + report.day() + ": " + report.total() + " invoices, "
                        + report.recoveredAutomatically() + " recovered automatically, " + report.needingHuman()
                        + " need a human",
                detail(report),
                false);
    }

    private static String detail(DailyReport report) {
        DailyReport.Reconciliation r = report.reconciliation();
        String reconciliation = r == null
                ? "not reconciled"
                : "reconciliation " + r.status() + ": " + r.missingInTax() + " missing in the tax system, "
                        + r.unknownToUs() + " unknown to us, " + r.fieldMismatch() + " with other figures";
        return "by state " + report.byState() + "; " + reconciliation + "; /api/v1/reports/" + report.sellerTaxId()
                + "/" + report.day() + ".csv";
    }
}
