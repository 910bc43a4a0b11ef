package com.fapiaorelay.sync.declaration;

import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.sync.ledger.Ledger;
import java.util.List;
import java.util.Locale;

/**
 * The one anomaly per declaration whose totals we did not receive: seller, day or batch and the gap, the listed
 * invoices that never arrived; resolved under the same fingerprint once everything declared has arrived.
 */
final class DeclarationAnomaly {

    static final String TYPE = "DECLARED_TOTALS_GAP";
    private static final int NUMBERS_SHOWN = 100;

    private DeclarationAnomaly() {}

    /** Invoices the ERP issued and we never saw are the mission's first cause of loss; other differences a look. */
    static AnomalyRaised of(Comparison gap) {
        Declaration declared = gap.declared();
        return AnomalyRaised.forSeller(
                Ledger.OWN_SOURCE,
                TYPE,
                gap.shortfall() ? Severity.CRITICAL : Severity.WARNING,
                declared.sellerTaxId(),
                declared.subject(),
                summary(gap),
                detail(gap));
    }

    static AnomalyRaised closed(Comparison match) {
        return of(match).asResolved();
    }

    private static String summary(Comparison gap) {
        Declaration declared = gap.declared();
        String count = grouped(declared.invoiceCount());
        String received = grouped(gap.received().count());
        return "销售方 " + declared.sellerTaxId() + " " + declared.scopeZh() + "：ERP 声明 " + count + " 张，收到 " + received
                + " 张 / seller " + declared.sellerTaxId() + ", " + declared.scopeEn() + ": ERP declared " + count
                + " invoices, " + received + " received";
    }

    private static String detail(Comparison gap) {
        Declaration declared = gap.declared();
        String figures = "ERP " + declared.source() + "; amount declared " + declared.totalAmount() + ", received "
                + gap.received().amount() + "; tax declared " + declared.totalTax() + ", received "
                + gap.received().tax();
        List<String> missing = gap.missingNumbers();
        if (missing.isEmpty()) {
            return figures;
        }
        String shown = String.join(", ", missing.subList(0, Math.min(missing.size(), NUMBERS_SHOWN)));
        String more = missing.size() > NUMBERS_SHOWN ? " … +" + (missing.size() - NUMBERS_SHOWN) : "";
        return figures + "; 未收到 / never arrived (" + missing.size() + ", NOT_RECEIVED in the ledger): " + shown + more;
    }

    private static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
