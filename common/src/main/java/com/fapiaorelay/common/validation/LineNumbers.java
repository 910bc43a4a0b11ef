package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** At most the configured number of lines, each with its own line number. */
final class LineNumbers implements InvoiceRule {

    private final int maxLines;

    LineNumbers(ValidationRules rules) {
        this.maxLines = rules.maxLines();
    }

    @Override
    public void check(Invoice invoice, Findings findings) {
        List<InvoiceLine> lines = invoice.lines();
        if (lines.size() > maxLines) {
            findings.add(Rule.TOO_MANY_LINES, "lines", lines.size(), maxLines);
        }
        Set<Integer> seen = new HashSet<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            int number = lines.get(i).lineNumber();
            if (!seen.add(number)) {
                findings.add(Rule.DUPLICATE_LINE_NUMBER, Findings.line(i, "lineNumber"), number);
            }
        }
    }
}
