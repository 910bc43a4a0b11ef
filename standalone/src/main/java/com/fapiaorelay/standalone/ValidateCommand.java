package com.fapiaorelay.standalone;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.upload.intake.csv.CsvInvoiceFile;
import com.fapiaorelay.upload.intake.csv.ParsedInvoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./fapiao validate FILE [--json]}: checks a JSON invoice, a JSON array of invoices or a CSV export offline,
 * with the same rules as intake, and exits 1 if any ERROR was found.
 */
final class ValidateCommand {

    private static final int MAX_CSV_ROWS = 1_000_000;

    private ValidateCommand() {}

    static int run(List<String> options) throws IOException {
        if (options.isEmpty()) {
            System.out.println("usage: ./fapiao validate FILE [--json]");
            return 2;
        }
        Path file = Path.of(options.get(0));
        InvoiceValidator validator = InvoiceValidator.withDefaults();
        List<Checked> checked = new ArrayList<>();
        for (ParsedInvoice parsed : read(file)) {
            List<Finding> findings = new ArrayList<>(parsed.formatFindings());
            if (parsed.invoice() != null) {
                findings.addAll(validator.validate(parsed.invoice()).findings());
            }
            checked.add(new Checked(parsed.rows(), parsed.invoice(), findings));
        }
        if (options.contains("--json")) {
            System.out.println(
                    FapiaoJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(checked));
        } else {
            new FindingsTable(System.out).print(checked);
        }
        return checked.stream().anyMatch(Checked::hasErrors) ? 1 : 0;
    }

    private static List<ParsedInvoice> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!file.getFileName().toString().toLowerCase().endsWith(".json")) {
            return CsvInvoiceFile.read(bytes, MAX_CSV_ROWS);
        }
        JsonNode tree = FapiaoJson.mapper().readTree(bytes);
        List<ParsedInvoice> parsed = new ArrayList<>();
        for (JsonNode node : tree.isArray() ? tree : List.of(tree)) {
            Invoice invoice = FapiaoJson.mapper().treeToValue(node, Invoice.class);
            parsed.add(new ParsedInvoice(List.of(parsed.size() + 1), invoice, List.of()));
        }
        return parsed;
    }

    /** One invoice's findings; {@code rows} are CSV rows, or the invoice's position in a JSON file. */
    record Checked(List<Integer> rows, Invoice invoice, List<Finding> findings) {

        boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }
}
