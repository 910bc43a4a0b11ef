package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.extract.Extraction;
import com.fapiaorelay.common.extract.InvoiceQr;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.console.audit.AuditRows;
import com.fapiaorelay.console.backend.LedgerInvoice;
import com.fapiaorelay.console.backend.LedgerQuery;
import com.fapiaorelay.console.backend.SubmissionHistory;
import com.fapiaorelay.console.backend.SyncApi;
import com.fapiaorelay.console.backend.UploadApi;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of manual re-entry: only an invoice waiting for a human is corrected; a correction with validation errors
 * is not submitted; a reviewer other than the author approves it, and only then does upload-service see it.
 */
@Service
class CorrectionDesk {

    /** Invoice numbers repeat only across sellers; a handful of candidates is plenty. */
    private static final int QR_MATCHES = 20;

    private final SyncApi sync;
    private final UploadApi upload;
    private final CorrectionRows corrections;
    private final AuditRows audit;
    private final InvoiceValidator validator;

    CorrectionDesk(
            SyncApi sync, UploadApi upload, CorrectionRows corrections, AuditRows audit, InvoiceValidator validator) {
        this.sync = sync;
        this.upload = upload;
        this.corrections = corrections;
        this.audit = audit;
        this.validator = validator;
    }

    /** The invoice to correct, as upload-service holds it, with the reason it waits for a human. */
    Original original(InvoiceKey key) {
        LedgerInvoice ledger = stillNeedingHuman(key);
        Invoice content = upload.submission(key)
                .map(SubmissionHistory::invoice)
                .orElseThrow(() -> CorrectionRefused.unknownInvoice(key));
        return new Original(key, ledger.state(), ledger.reasonCode(), ledger.reason(), ledger.findings(), content);
    }

    /**
     * The invoice a file belongs to, if we hold it: by seller and number when the file shows both, otherwise by the
     * QR code alone, its number searched and its date and total compared.
     */
    Optional<InvoiceKey> known(Extraction extraction) {
        Invoice draft = extraction.draft();
        if (draft.sellerTaxId() != null && draft.invoiceNumber() != null) {
            return sync.invoice(draft.key()).map(found -> draft.key());
        }
        InvoiceQr qr = extraction.qrCode();
        return qr == null ? Optional.empty() : byQrCode(qr);
    }

    private Optional<InvoiceKey> byQrCode(InvoiceQr qr) {
        LedgerQuery query = new LedgerQuery(null, qr.invoiceNumber(), null, null, null, QR_MATCHES, 0);
        return sync.search(query).items().stream()
                .filter(line -> sameFigures(line.figures(), qr))
                .map(line -> new InvoiceKey(line.sellerTaxId(), line.invoiceNumber()))
                .findFirst();
    }

    /** A 数电票's QR code carries the total including tax; an older invoice's the amount without it. */
    private static boolean sameFigures(InvoiceFigures figures, InvoiceQr qr) {
        if (figures == null || figures.issuedAt() == null || figures.totalAmount() == null) {
            return false;
        }
        BigDecimal total = qr.digital() ? figures.totalAmount().add(figures.totalTax()) : figures.totalAmount();
        return figures.issuedAt().toLocalDate().equals(qr.date()) && total.compareTo(qr.amount()) == 0;
    }

    CheckedInvoice check(InvoiceForm form) {
        return CheckedInvoice.of(form, validator);
    }

    @Transactional
    long submit(InvoiceForm form, String author) {
        CheckedInvoice checked = check(form);
        if (checked.hasErrors()) {
            throw CorrectionRefused.stillInvalid();
        }
        Original original = form.originalKey() == null ? null : original(form.originalKey());
        if (original == null && sync.invoice(checked.invoice().key()).isPresent()) {
            throw CorrectionRefused.alreadyHeld(checked.invoice().key());
        }
        long id = corrections.add(original, checked.invoice(), author, form.note());
        audit.record(author, "CORRECTION_SUBMITTED", target(id), describe(original, checked.invoice()));
        return id;
    }

    /** Hands the correction to upload-service, then records the decision; a retry after a failure is safe. */
    @Transactional
    void approve(long id, String reviewer, String comment) {
        Correction correction = decidable(id, reviewer, "APPROVAL_REFUSED");
        if (correction.originalKey() != null) {
            stillNeedingHuman(correction.originalKey());
        }
        UploadApi.ReentryReceipt receipt =
                upload.reenter(id, correction.originalKey(), correction.invoice(), correction.author());
        corrections.decide(id, Correction.Status.APPROVED, reviewer, comment, receipt.outcome());
        audit.record(
                reviewer,
                "CORRECTION_APPROVED",
                target(id),
                "entered as " + receipt.key() + " (" + receipt.outcome() + ")");
    }

    @Transactional
    void reject(long id, String reviewer, String comment) {
        if (comment == null || comment.isBlank()) {
            throw CorrectionRefused.commentRequired();
        }
        decidable(id, reviewer, "REJECTION_REFUSED");
        corrections.decide(id, Correction.Status.REJECTED, reviewer, comment.strip(), null);
        audit.record(reviewer, "CORRECTION_REJECTED", target(id), comment.strip());
    }

    /** The original's ledger entry; refused if automation has meanwhile settled it (a late confirmation, say). */
    private LedgerInvoice stillNeedingHuman(InvoiceKey key) {
        LedgerInvoice ledger = sync.invoice(key).orElseThrow(() -> CorrectionRefused.unknownInvoice(key));
        if (!ledger.state().needsHuman()) {
            throw CorrectionRefused.notNeedingHuman(key, ledger.state());
        }
        return ledger;
    }

    private Correction decidable(long id, String reviewer, String refusedAction) {
        Correction correction = corrections.lock(id).orElseThrow(() -> CorrectionRefused.notFound(id));
        if (correction.author().equals(reviewer)) {
            audit.recordRefusal(reviewer, refusedAction, target(id), "the author may not decide their own correction");
            throw CorrectionRefused.ownCorrection(id);
        }
        if (!correction.pending()) {
            throw CorrectionRefused.alreadyDecided(id);
        }
        return correction;
    }

    private static String target(long id) {
        return "correction " + id;
    }

    private static String describe(Original original, Invoice invoice) {
        return original == null
                ? "re-entry of " + invoice.key() + " from a blank form"
                : invoice.key() + " corrects " + original.key() + " (" + original.state() + ")";
    }
}
