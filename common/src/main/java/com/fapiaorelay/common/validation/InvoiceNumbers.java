package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Text.isBlank;
import static com.fapiaorelay.common.validation.Text.isDigits;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.RedLetter;

/**
 * Invoice numbers and codes: a 数电票 has a 20-digit number and no code; an older invoice an 8-digit number and a
 * 10-digit code (ending in kind digits {@code [2-9][0-4]}) or a 12-digit code starting with 0.
 */
final class InvoiceNumbers implements InvoiceRule {

    @Override
    public void check(Invoice invoice, Findings findings) {
        if (isBlank(invoice.invoiceCode())) {
            checkNumber(invoice.invoiceNumber(), 20, findings);
        } else {
            checkCode(invoice.invoiceCode(), findings);
            checkNumber(invoice.invoiceNumber(), 8, findings);
        }
        checkOriginal(invoice.redLetter(), findings);
    }

    private static void checkNumber(String number, int digits, Findings findings) {
        if (!isBlank(number) && !isDigits(number, digits)) {
            findings.add(Rule.INVOICE_NUMBER_FORMAT, "invoiceNumber");
        }
    }

    private static void checkCode(String code, Findings findings) {
        boolean valid = isDigits(code, 10)
                ? code.charAt(8) >= '2' && code.charAt(9) <= '4'
                : isDigits(code, 12) && code.charAt(0) == '0';
        if (!valid) {
            findings.add(Rule.INVOICE_CODE_FORMAT, "invoiceCode");
        }
    }

    private static void checkOriginal(RedLetter redLetter, Findings findings) {
        if (redLetter == null || isBlank(redLetter.originalInvoiceNumber())) {
            return;
        }
        String original = redLetter.originalInvoiceNumber();
        if (!isDigits(original, 20) && !isDigits(original, 8)) {
            findings.add(Rule.INVOICE_NUMBER_FORMAT, "redLetter.originalInvoiceNumber");
        }
    }
}
