package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.common.validation.Finding;
import java.io.PrintWriter;
import java.util.List;

/** Prints validation findings as a table a finance clerk can read: where, what, and the fix. */
final class FindingsTable {

    private final PrintWriter out;

    FindingsTable(PrintWriter out) {
        this.out = out;
    }

    void print(List<ValidateCommand.Checked> checked) {
        int errors = 0;
        int warnings = 0;
        for (ValidateCommand.Checked invoice : checked) {
            String number = invoice.invoice() == null ? "?" : invoice.invoice().invoiceNumber();
            out.printf("%s 发票 %s (rows %s)%n", invoice.hasErrors() ? "✗" : "✓", number, invoice.rows());
            for (Finding finding : invoice.findings()) {
                out.printf(
                        "    %-7s %-24s %-22s %s / %s%s%n",
                        finding.severity(),
                        finding.code(),
                        finding.field(),
                        finding.messageZh(),
                        finding.messageEn(),
                        finding.suggestedFix() == null ? "" : "  → 建议 / fix: " + finding.suggestedFix());
                if (finding.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        out.printf(
                "%d 张发票, %d 个错误, %d 个警告 / %d invoices, %d errors, %d warnings%n",
                checked.size(), errors, warnings, checked.size(), errors, warnings);
    }
}
