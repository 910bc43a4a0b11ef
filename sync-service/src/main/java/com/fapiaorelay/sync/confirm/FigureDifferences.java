package com.fapiaorelay.sync.confirm;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.tax.TaxRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Where the tax system's record differs from the figures we sent, each difference with both values. */
final class FigureDifferences {

    private FigureDifferences() {}

    /** Empty when they agree, or when we hold no figures to compare. */
    static List<String> between(InvoiceFigures sent, TaxRecord shown) {
        List<String> differences = new ArrayList<>();
        if (sent == null) {
            return differences;
        }
        if (!sameAmount(sent.totalAmount(), shown.totalAmount())) {
            differences.add(describe("totalAmount", sent.totalAmount(), shown.totalAmount()));
        }
        if (!sameAmount(sent.totalTax(), shown.totalTax())) {
            differences.add(describe("totalTax", sent.totalTax(), shown.totalTax()));
        }
        if (!Objects.equals(sent.issuedAt(), shown.issuedAt())) {
            differences.add(describe("issuedAt", sent.issuedAt(), shown.issuedAt()));
        }
        return differences;
    }

    private static boolean sameAmount(BigDecimal sent, BigDecimal shown) {
        return sent == null || shown == null ? sent == shown : sent.compareTo(shown) == 0;
    }

    private static String describe(String field, Object sent, Object shown) {
        return field + ": sent " + sent + ", tax system shows " + shown;
    }
}
