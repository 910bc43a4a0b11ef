package com.fapiaorelay.standalone;

import com.fapiaorelay.common.extract.ExtractedField;
import com.fapiaorelay.common.extract.Extraction;
import com.fapiaorelay.common.extract.InvoiceExtractor;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.validation.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./fapiao extract FILE [--json]}: reads an invoice file (XML, OFD, PDF, PNG, JPEG) into a draft, prints each
 * value with its source and confidence and then the findings, and exits 1 if any ERROR was found.
 */
final class ExtractCommand {

    private ExtractCommand() {}

    static int run(List<String> options) throws IOException {
        if (options.isEmpty()) {
            System.out.println("usage: ./fapiao extract FILE.xml|.ofd|.pdf|.png|.jpg [--json]");
            return 2;
        }
        Extraction extraction = InvoiceExtractor.withDefaults().extract(Files.readAllBytes(Path.of(options.get(0))));
        if (options.contains("--json")) {
            System.out.println(
                    FapiaoJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(extraction));
        } else {
            print(extraction, System.out);
        }
        return extraction.findings().stream().anyMatch(Finding::isError) ? 1 : 0;
    }

    private static void print(Extraction extraction, PrintStream out) {
        out.printf(
                "%s: %d 个字段 / fields%n",
                extraction.format(), extraction.fields().size());
        for (ExtractedField field : extraction.fields()) {
            out.printf(
                    "  %s %-28s %-40s %-4s %.2f%n",
                    field.confident() ? " " : "?", field.field(), field.value(), field.source(), field.confidence());
        }
        out.println("  (? = 需核对 / check against the original)");
        new FindingsTable(out)
                .print(List.of(new ValidateCommand.Checked(List.of(1), extraction.draft(), extraction.findings())));
    }
}
