package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import java.util.Optional;

/** The authority's own checks of an uploaded invoice, answered with its kind of codes. */
final class InvoiceChecks {

    /** The unified social credit code's alphabet: digits and capitals without I, O, S, V and Z. */
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private InvoiceChecks() {}

    static Optional<Rejection> rejection(Invoice invoice) {
        if (missesRequiredFields(invoice)) {
            return reject("E1000", "必填项缺失 / required field missing");
        }
        if (invoice.totalAmount().add(invoice.totalTax()).compareTo(invoice.grandTotal()) != 0) {
            return reject("E1001", "价税合计不等于金额与税额之和 / total incl. tax ≠ amount + tax");
        }
        String seller = invoice.sellerTaxId();
        if (seller == null || !(uscc(seller) || olderTaxId(seller))) {
            return reject("E1002", "销售方纳税人识别号格式错误 / seller tax id malformed");
        }
        if (!numberWellFormed(invoice)) {
            return reject("E1003", "发票号码格式错误 / invoice number malformed");
        }
        if (invoice.kind() == InvoiceKind.SPECIAL
                && (invoice.buyer() == null || blank(invoice.buyer().taxId()))) {
            return reject("E1004", "专票须有购买方纳税人识别号 / special invoice needs the buyer's tax id");
        }
        if ((invoice.colour() == InvoiceColour.RED) != (invoice.grandTotal().signum() < 0)) {
            return reject("E1005", "金额符号与红蓝字不符 / amount sign does not match the colour");
        }
        return Optional.empty();
    }

    private static boolean missesRequiredFields(Invoice invoice) {
        return invoice.invoiceNumber() == null
                || invoice.seller() == null
                || invoice.kind() == null
                || invoice.colour() == null
                || invoice.totalAmount() == null
                || invoice.totalTax() == null
                || invoice.grandTotal() == null
                || invoice.issuedAt() == null;
    }

    // Checked by hand rather than by regular expressions: a matcher per check was a tenth of the sandbox's garbage.

    private static boolean uscc(String id) {
        return id.length() == 18 && in(id, 0, 2, USCC_ALPHABET) && digits(id, 2, 8) && in(id, 8, 18, USCC_ALPHABET);
    }

    private static boolean olderTaxId(String id) {
        int length = id.length();
        return (length == 15 || length == 17 || length == 20)
                && in(id, 0, length, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    private static boolean numberWellFormed(Invoice invoice) {
        String number = invoice.invoiceNumber();
        String code = invoice.invoiceCode();
        return blank(code)
                ? allDigits(number, 20)
                : allDigits(number, 8) && (allDigits(code, 10) || allDigits(code, 12));
    }

    private static boolean allDigits(String text, int length) {
        return text.length() == length && digits(text, 0, length);
    }

    private static boolean digits(String text, int from, int to) {
        return in(text, from, to, "0123456789");
    }

    private static boolean in(String text, int from, int to, String alphabet) {
        for (int i = from; i < to; i++) {
            if (alphabet.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Optional<Rejection> reject(String code, String message) {
        return Optional.of(new Rejection(code, message));
    }

    record Rejection(String code, String message) {}
}
