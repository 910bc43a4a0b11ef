package com.fapiaorelay.upload.reentry;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.ContentHash;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.common.validation.ValidationReport;
import com.fapiaorelay.upload.audit.AuditRows;
import com.fapiaorelay.upload.intake.Intake;
import com.fapiaorelay.upload.intake.IntakeOutcome;
import com.fapiaorelay.upload.intake.StatusUrls;
import com.fapiaorelay.upload.submission.StateChange;
import com.fapiaorelay.upload.submission.StoredState;
import com.fapiaorelay.upload.submission.Submissions;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts approved corrections into the pipeline. Same number as the original: the content is replaced and uploaded
 * afresh. A new number: a new invoice, and the original becomes SUPERSEDED. Posting the same correction again changes
 * nothing, so the console may retry.
 */
@Service
class Reentries {

    static final String CHANNEL = "reentry";
    static final String APPROVED = "REENTRY_APPROVED";

    private final Intake intake;
    private final Submissions submissions;
    private final InvoiceValidator validator;
    private final AuditRows audit;
    private final StatusUrls statusUrls;
    private final Clock clock;

    Reentries(
            Intake intake,
            Submissions submissions,
            InvoiceValidator validator,
            AuditRows audit,
            StatusUrls statusUrls,
            Clock clock) {
        this.intake = intake;
        this.submissions = submissions;
        this.validator = validator;
        this.audit = audit;
        this.statusUrls = statusUrls;
        this.clock = clock;
    }

    @Transactional
    ReentryReceipt enter(ReentryRequest request) {
        ValidationReport report = check(request);
        InvoiceKey key = request.invoice().key();
        InvoiceKey original = request.supersedes();
        String outcome = key.equals(original) ? replace(request, report) : enterNew(request);
        if (original != null && !key.equals(original)) {
            supersede(original, request);
        }
        audit.record(request.reviewer(), APPROVED, key.sellerTaxId(), describe(request));
        return new ReentryReceipt(
                key.toString(), outcome, original == null ? null : original.toString(), statusUrls.of(key));
    }

    private ValidationReport check(ReentryRequest request) {
        if (request.invoice() == null
                || request.invoice().seller() == null
                || blank(request.author())
                || blank(request.reviewer())) {
            throw ReentryRefused.incomplete();
        }
        if (request.author().strip().equals(request.reviewer().strip())) {
            throw ReentryRefused.selfApproved(request.author());
        }
        ValidationReport report = validator.validate(request.invoice());
        if (report.hasErrors()) {
            throw ReentryRefused.invalid(report.findings());
        }
        return report;
    }

    private String enterNew(ReentryRequest request) {
        Invoice invoice = request.invoice();
        StoredState held = heldState(invoice.key());
        if (held != null) {
            if (!held.contentHash().equals(ContentHash.of(invoice))) {
                throw ReentryRefused.numberTaken(invoice.key());
            }
            return IntakeOutcome.DUPLICATE.name();
        }
        InvoiceSubmitted submitted = InvoiceSubmitted.of(request.source(), invoice);
        return intake.accept(List.of(submitted), CHANNEL).get(invoice.key()).name();
    }

    private String replace(ReentryRequest request, ValidationReport report) {
        InvoiceKey key = request.invoice().key();
        StoredState held = settledState(key, request);
        if (held == null) {
            return IntakeOutcome.DUPLICATE.name();
        }
        if (held.state().isFinal()) {
            throw ReentryRefused.finalState(key, held.state());
        }
        StateChange change = StateChange.to(request.invoice(), InvoiceState.UPLOAD_PENDING)
                .dueAt(clock.instant())
                .because(
                        "REENTRY",
                        "补录 #" + request.correctionId() + " 替换原内容（" + request.people() + "）/ re-entry #"
                                + request.correctionId() + " replaces the content")
                .withFindings(report.findings());
        String payload = ContentHash.canonicalJson(request.invoice());
        submissions.reenter(change, payload, ContentHash.ofJson(payload), request.source());
        return IntakeOutcome.REPLACED.name();
    }

    private void supersede(InvoiceKey original, ReentryRequest request) {
        StoredState held = settledState(original, request);
        if (held == null || held.state() == InvoiceState.SUPERSEDED) {
            return;
        }
        submissions.supersede(
                original,
                "SUPERSEDED",
                "已由补录 #" + request.correctionId() + " 的 "
                        + request.invoice().key() + " 取代（"
                        + request.people() + "）/ superseded by "
                        + request.invoice().key() + " (re-entry #"
                        + request.correctionId() + ")");
    }

    /** The original's state when it may be replaced; null when this correction has replaced it already. */
    private StoredState settledState(InvoiceKey key, ReentryRequest request) {
        StoredState held = heldState(key);
        if (held == null) {
            throw ReentryRefused.unknownOriginal(key);
        }
        if (request.source().equals(submissions.sourceOf(key))) {
            return null;
        }
        if (held.state().inFlight()) {
            throw ReentryRefused.inFlight(key, held.state());
        }
        return held;
    }

    private StoredState heldState(InvoiceKey key) {
        return submissions.lockHeld(List.of(key)).get(key);
    }

    private static String describe(ReentryRequest request) {
        String supersedes = request.supersedes() == null ? "" : " supersedes " + request.supersedes();
        return "correction " + request.correctionId() + ": " + request.invoice().key() + supersedes + "; "
                + request.people();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
