package com.fapiaorelay.upload.replay;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.upload.audit.AuditRows;
import com.fapiaorelay.upload.submission.Submissions;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the selected invoices round again with a fresh retry budget, those whose last outcome was unknown to be looked
 * up first; the replay and its audit entry commit together.
 */
@Service
class Replays {

    static final String REASON_CODE = "REPLAY";

    private final Submissions submissions;
    private final AuditRows audit;

    Replays(Submissions submissions, AuditRows audit) {
        this.submissions = submissions;
        this.audit = audit;
    }

    @Transactional
    List<InvoiceKey> replay(ReplayRequest request, String actor) {
        String why = "由 " + actor + " 重放 / replayed by " + actor;
        List<InvoiceKey> replayed = submissions.replay(
                request.statesToReplay(), request.sellerTaxId(), request.invoiceKeys(), REASON_CODE, why);
        audit.record(actor, REASON_CODE, request.sellerTaxId(), "requeued " + replayed.size() + " for " + request);
        return replayed;
    }
}
