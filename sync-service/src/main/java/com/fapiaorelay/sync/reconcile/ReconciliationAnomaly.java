package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.event.FapiaoEvent;
import com.fapiaorelay.sync.ledger.Ledger;
import java.time.LocalDate;
import java.util.UUID;

/** The one anomaly a reconciliation with discrepancies raises: the counts, for the seller's recipients. */
final class ReconciliationAnomaly {

    static final String RECONCILIATION = "RECONCILIATION";

    private ReconciliationAnomaly() {}

    /** Invoices missing in the tax system are a legal risk; the other kinds are worth a look. */
    static AnomalyRaised of(long runId, String sellerTaxId, LocalDate day, Findings findings) {
        long missing = findings.count(DiscrepancyKind.MISSING_IN_TAX);
        long unknown = findings.count(DiscrepancyKind.UNKNOWN_TO_US);
        long mismatch = findings.count(DiscrepancyKind.FIELD_MISMATCH);
        return new AnomalyRaised(
                UUID.randomUUID(),
                AnomalyRaised.TYPE,
                AnomalyRaised.VERSION,
                FapiaoEvent.stampedNow(),
                Ledger.OWN_SOURCE,
                RECONCILIATION + ":" + sellerTaxId + ":" + day,
                RECONCILIATION + ":" + sellerTaxId,
                RECONCILIATION,
                missing > 0 ? Severity.CRITICAL : Severity.WARNING,
                sellerTaxId,
                null,
                "对账差异 / reconciliation of " + day + ": " + missing + " missing in the tax system, " + unknown
                        + " unknown to us, " + mismatch + " with other figures",
                "run " + runId + ", /api/v1/reconciliations/" + runId + "/discrepancies.csv; " + findings.remoteCalls()
                        + " calls to the tax interface",
                false);
    }
}
