package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.upload.intake.csv.CsvInvoiceFile;
import com.fapiaorelay.upload.intake.csv.ParsedInvoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./fapiao validate FILE [--json]}: checks a JSON invoice, a JSON array of invoices or a CSV export offline,
 * with the same rules as intake, and exits 1 if any ERROR was found or the JSON cannot be read as invoices.
 */
@Command(
        name = "validate",
        header = "离线检查 / check invoice files offline with intake's rules",
        description = "Exit code 1 on any error, or if the file cannot be read as invoices.")
final class ValidateCommand implements Callable<Integer> {

    private static final int MAX_CSV_ROWS = 1_000_000;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            description = "*.json: 一张发票或数组 / one invoice or an array; otherwise CSV (docs/csv-import.md)")
    Path file;

    @Option(names = "--json", description = "以 JSON 输出 / print the findings as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
        byte[] content = InputFiles.read(spec, file);
        List<Checked> checked;
        try {
            checked = check(isJson() ? parseJson(content) : parseCsv(content));
        } catch (Unreadable e) {
            spec.commandLine().getErr().printf("✗ %s: %s%n", file, e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(FapiaoJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(checked));
        } else {
            new FindingsTable(out).print(checked);
        }
        return checked.stream().anyMatch(Checked::hasErrors) ? 1 : 0;
    }

    private static List<Checked> check(List<ParsedInvoice> invoices) {
        InvoiceValidator validator = InvoiceValidator.withDefaults();
        List<Checked> checked = new ArrayList<>();
        for (ParsedInvoice parsed : invoices) {
            List<Finding> findings = new ArrayList<>(parsed.formatFindings());
            if (parsed.invoice() != null) {
                findings.addAll(validator.validate(parsed.invoice()).findings());
            }
            checked.add(new Checked(parsed.rows(), parsed.invoice(), findings));
        }
        return checked;
    }

    private boolean isJson() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Intake's CSV reader refuses a file it cannot read at all (encoding, header, size) by throwing. */
    private static List<ParsedInvoice> parseCsv(byte[] content) {
        try {
            return CsvInvoiceFile.read(content, MAX_CSV_ROWS);
        } catch (RuntimeException e) {
            throw new Unreadable("不是可读的 CSV / not a readable CSV export: " + e.getMessage());
        }
    }

    private static List<ParsedInvoice> parseJson(byte[] content) {
        try {
            JsonNode tree = FapiaoJson.mapper().readTree(content);
            List<ParsedInvoice> parsed = new ArrayList<>();
            for (JsonNode node : tree.isArray() ? tree : List.of(tree)) {
                Invoice invoice = FapiaoJson.mapper().treeToValue(node, Invoice.class);
                if (invoice == null) {
                    throw new Unreadable(notJson("no invoice at position " + (parsed.size() + 1)));
                }
                parsed.add(new ParsedInvoice(List.of(parsed.size() + 1), invoice, List.of()));
            }
            return parsed;
        } catch (JacksonException e) {
            throw new Unreadable(notJson(e.getOriginalMessage()));
        }
    }

    private static String notJson(String why) {
        return "不是可读的发票 JSON / not readable as invoice JSON: " + why;
    }

    /** A file that cannot be checked at all: exit code 1 with one line, as a file with errors gets. */
    private static final class Unreadable extends RuntimeException {

        Unreadable(String message) {
            super(message);
        }
    }

    /** One invoice's findings; {@code rows} are CSV rows, or the invoice's position in a JSON file. */
    record Checked(List<Integer> rows, Invoice invoice, List<Finding> findings) {

        boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }
}
