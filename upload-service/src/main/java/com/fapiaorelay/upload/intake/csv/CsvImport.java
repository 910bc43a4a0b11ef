package com.fapiaorelay.upload.intake.csv;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.upload.apikey.ApiClient;
import com.fapiaorelay.upload.apikey.SellerAccess;
import com.fapiaorelay.upload.intake.Intake;
import com.fapiaorelay.upload.intake.IntakeOutcome;
import com.fapiaorelay.upload.intake.StatusUrls;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Back-fills invoices from a CSV file through the same {@link Intake} as every other channel. Invalid invoices are
 * reported with their findings and not stored; the valid ones are, so a corrected file can simply be imported again.
 */
@Service
class CsvImport {

    static final String CHANNEL = "csv";

    private final Intake intake;
    private final InvoiceValidator validator;
    private final SellerAccess sellers;
    private final StatusUrls statusUrls;
    private final ImportProperties properties;

    CsvImport(
            Intake intake,
            InvoiceValidator validator,
            SellerAccess sellers,
            StatusUrls statusUrls,
            ImportProperties properties) {
        this.intake = intake;
        this.validator = validator;
        this.sellers = sellers;
        this.statusUrls = statusUrls;
        this.properties = properties;
    }

    ImportReport importFile(ApiClient client, byte[] file, Charset declared) {
        CsvDecoding.DecodedText decoded = CsvDecoding.decode(file, declared);
        List<ParsedInvoice> parsed = CsvInvoices.read(decoded.text(), properties.maxRows());
        List<String> sellerTaxIds =
                parsed.stream().map(p -> p.invoice().seller().taxId()).toList();
        sellers.requireSubmitFor(client, sellerTaxIds, "CSV import of " + parsed.size() + " invoices");
        List<Checked> checked = parsed.stream().map(this::check).toList();
        Map<InvoiceKey, IntakeOutcome> outcomes = store(client, checked);
        intake.countInvalid(
                CHANNEL, (int) checked.stream().filter(Checked::invalid).count());
        return ImportReport.of(
                decoded.charset(),
                checked.stream().map(c -> result(c, outcomes)).toList());
    }

    private Checked check(ParsedInvoice parsed) {
        List<Finding> findings = Stream.concat(
                        parsed.formatFindings().stream(), validator.validate(parsed.invoice()).findings().stream())
                .toList();
        return new Checked(parsed, findings);
    }

    private Map<InvoiceKey, IntakeOutcome> store(ApiClient client, List<Checked> checked) {
        String source = CHANNEL + ":" + client.name();
        List<InvoiceSubmitted> valid = checked.stream()
                .filter(c -> !c.invalid())
                .map(c -> InvoiceSubmitted.of(source, c.parsed().invoice()))
                .toList();
        Map<InvoiceKey, IntakeOutcome> outcomes = new HashMap<>();
        for (int from = 0; from < valid.size(); from += properties.chunkSize()) {
            List<InvoiceSubmitted> chunk = valid.subList(from, Math.min(valid.size(), from + properties.chunkSize()));
            outcomes.putAll(intake.accept(new ArrayList<>(chunk), CHANNEL));
        }
        return outcomes;
    }

    private ImportResult result(Checked checked, Map<InvoiceKey, IntakeOutcome> outcomes) {
        ParsedInvoice parsed = checked.parsed();
        if (checked.invalid()) {
            return ImportResult.invalid(
                    parsed.rows(),
                    parsed.invoice().seller().taxId(),
                    parsed.invoice().invoiceNumber(),
                    checked.findings());
        }
        InvoiceKey key = parsed.invoice().key();
        return ImportResult.stored(parsed.rows(), key, outcomes.get(key), statusUrls.of(key), checked.findings());
    }

    private record Checked(ParsedInvoice parsed, List<Finding> findings) {

        boolean invalid() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }
}
