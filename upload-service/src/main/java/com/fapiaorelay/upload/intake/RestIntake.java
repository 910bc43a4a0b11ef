package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.common.validation.ValidationReport;
import com.fapiaorelay.upload.apikey.ApiClient;
import com.fapiaorelay.upload.apikey.SellerAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Intake for ERPs that cannot speak Kafka. It calls {@link Intake} directly rather than publishing to the submitted
 * topic, so the caller hears the outcome at once; the path from there on is the same one Kafka submissions take.
 */
@Service
class RestIntake {

    static final String CHANNEL = "rest";

    private final Intake intake;
    private final InvoiceValidator validator;
    private final SellerAccess sellers;
    private final StatusUrls statusUrls;
    private final IntakeProperties properties;

    RestIntake(
            Intake intake,
            InvoiceValidator validator,
            SellerAccess sellers,
            StatusUrls statusUrls,
            IntakeProperties properties) {
        this.intake = intake;
        this.validator = validator;
        this.sellers = sellers;
        this.statusUrls = statusUrls;
        this.properties = properties;
    }

    /** Stores all the invoices or, when any has validation errors, none of them. */
    List<IntakeReceipt> submit(ApiClient client, List<Invoice> invoices) {
        if (invoices.size() > properties.maxInvoicesPerRequest()) {
            throw IntakeRequestInvalid.tooMany(invoices.size(), properties.maxInvoicesPerRequest());
        }
        sellers.requireSubmitFor(client, sellerTaxIds(invoices), "REST submission of " + invoices.size() + " invoices");
        List<InvalidInvoice> invalid = invalidAmong(invoices);
        if (!invalid.isEmpty()) {
            intake.countInvalid(CHANNEL, invalid.size());
            throw InvalidInvoices.of(invalid, invoices.size());
        }
        String source = CHANNEL + ":" + client.name();
        List<InvoiceSubmitted> events = invoices.stream()
                .map(invoice -> InvoiceSubmitted.of(source, invoice))
                .toList();
        Map<InvoiceKey, IntakeOutcome> outcomes = intake.accept(events, CHANNEL);
        return invoices.stream()
                .map(Invoice::key)
                .map(key -> IntakeReceipt.of(key, outcomes.get(key), statusUrls.of(key)))
                .toList();
    }

    private List<InvalidInvoice> invalidAmong(List<Invoice> invoices) {
        List<InvalidInvoice> invalid = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            Invoice invoice = invoices.get(i);
            ValidationReport report = validator.validate(invoice);
            if (report.hasErrors()) {
                invalid.add(new InvalidInvoice(i, sellerTaxId(invoice), invoice.invoiceNumber(), report.findings()));
            }
        }
        return invalid;
    }

    private static List<String> sellerTaxIds(List<Invoice> invoices) {
        return invoices.stream().map(RestIntake::sellerTaxId).toList();
    }

    private static String sellerTaxId(Invoice invoice) {
        return invoice.seller() == null ? null : invoice.seller().taxId();
    }
}
