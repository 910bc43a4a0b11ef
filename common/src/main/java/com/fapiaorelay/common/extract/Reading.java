package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What one reader got from a file: the values, the QR code if one was found, and what went wrong on the way. */
record Reading(DraftFields draft, Optional<InvoiceQr> qr, List<Finding> findings) {

    static Reading of(DraftFields draft, Optional<InvoiceQr> qr) {
        List<Finding> findings = new ArrayList<>();
        if (qr.isEmpty()) {
            findings.add(ExtractionFindings.noQrCode());
        }
        return new Reading(draft, qr, findings);
    }

    static Reading failed(Finding finding) {
        return new Reading(new DraftFields(), Optional.empty(), new ArrayList<>(List.of(finding)));
    }
}
