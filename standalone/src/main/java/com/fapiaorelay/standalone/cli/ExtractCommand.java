package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.common.extract.ExtractedField;
import com.fapiaorelay.common.extract.Extraction;
import com.fapiaorelay.common.extract.InvoiceExtractor;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.validation.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./fapiao extract FILE [--json]}: reads an invoice file (XML, OFD, PDF, PNG, JPEG) into a draft, prints each
 * value with its source and confidence and then the findings, and exits 1 if any ERROR was found.
 */
@Command(
        name = "extract",
        header = "识别 / read an invoice file (XML, OFD, PDF, scan) into a draft",
        description = "Prints each field with its source and confidence, then the findings (docs/invoice-files.md);"
                + " exit code 1 on any error. Scans need Tesseract.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "XML, OFD, PDF, PNG 或 / or JPEG")
    Path file;

    @Option(names = "--json", description = "以 JSON 输出 / print the extraction as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Extraction extraction = InvoiceExtractor.withDefaults().extract(InputFiles.read(spec, file));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(FapiaoJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(extraction));
        } else {
            print(extraction, out);
        }
        return extraction.findings().stream().anyMatch(Finding::isError) ? 1 : 0;
    }

    private static void print(Extraction extraction, PrintWriter out) {
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
