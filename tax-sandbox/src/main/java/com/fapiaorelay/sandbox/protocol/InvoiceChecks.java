package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import java.util.Optional;
import java.util.regex.Pattern;

/** The authority's own checks of an uploaded invoice, answered with its kind of codes. */
final class InvoiceChecks {

    private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final Pattern OLDER_TAX_ID = Pattern.compile("[0-9A-Z]{15}|[0-9A-Z]{17}|[0-9A-Z]{20}");
    private static final Pattern DIGITAL_NUMBER = Pattern.compile("\\d{20}");
    private static final Pattern OLDER_NUMBER = Pattern.compile("\\d{8}");
    private static final Pattern OLDER_CODE = Pattern.compile("\\d{10}|\\d{12}");

    private InvoiceChecks() {}

    static Optional<Rejection> rejection(Invoice invoice) {
        if (missesRequiredFields(invoice)) {
            return reject("E1000", "必填项缺失 / required field missing");
        }
        if (invoice.totalAmount().add(invoice.totalTax()).compareTo(invoice.grandTotal()) != 0) {
            return reject("E1001", "价税合计不等于金额与税额之和 / total incl. tax ≠ amount + tax");
        }
        String seller = invoice.sellerTaxId();
        if (seller == null
                || !(USCC.matcher(seller).matches()
                        || OLDER_TAX_ID.matcher(seller).matches())) {
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

    private static boolean numberWellFormed(Invoice invoice) {
        String number = invoice.invoiceNumber();
        return blank(invoice.invoiceCode())
                ? DIGITAL_NUMBER.matcher(number).matches()
                : OLDER_NUMBER.matcher(number).matches()
                        && OLDER_CODE.matcher(invoice.invoiceCode()).matches();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Optional<Rejection> reject(String code, String message) {
        return Optional.of(new Rejection(code, message));
    }

    record Rejection(String code, String message) {}
}
