package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

/**
 * How sure a value read from text or OCR is. Text-layer values start sure and OCR values unsure; a value is raised
 * to sure only by an independent check (the QR code, a tax ID's check character, the totals adding up, the lines
 * adding up to the totals), and any value that validation flags or that fails such a check is unsure whatever its
 * source. So an amount or tax ID shown as sure has been confirmed by something other than the reading itself.
 */
final class Corroboration {

    static final double TEXT = 0.95;
    static final double OCR = 0.7;
    private static final double CONFIRMED = 0.97;
    private static final double DOUBTED = 0.5;
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final int USCC_LENGTH = 18;

    private final DraftFields draft;

    private Corroboration(DraftFields draft) {
        this.draft = draft;
    }

    static void apply(DraftFields draft, ValidationReport report) {
        Corroboration corroboration = new Corroboration(draft);
        corroboration.taxId(DraftFields.SELLER_TAX_ID);
        corroboration.taxId(DraftFields.BUYER_TAX_ID);
        boolean totalsConfirmed = corroboration.totals();
        boolean linesAddUp = corroboration.linesAddUp();
        for (int i = 0; i < draft.lineCount(); i++) {
            corroboration.line(i, totalsConfirmed, linesAddUp);
        }
        corroboration.doubtFlagged(report);
    }

    /** A USCC whose check character fits (validation flags one that does not); older IDs have no check. */
    private void taxId(String field) {
        String id = draft.value(field);
        if (id != null && id.length() == USCC_LENGTH) {
            confirm(field);
        }
    }

    private boolean totals() {
        BigDecimal amount = number(DraftFields.TOTAL_AMOUNT);
        BigDecimal tax = number(DraftFields.TOTAL_TAX);
        BigDecimal total = number(DraftFields.GRAND_TOTAL);
        if (amount == null || tax == null || total == null) {
            return false;
        }
        if (amount.add(tax).compareTo(total) != 0) {
            doubt(DraftFields.TOTAL_AMOUNT, DraftFields.TOTAL_TAX, DraftFields.GRAND_TOTAL);
            return false;
        }
        if (isSure(DraftFields.GRAND_TOTAL)) {
            confirm(DraftFields.TOTAL_AMOUNT, DraftFields.TOTAL_TAX);
            return true;
        }
        return false;
    }

    private void line(int index, boolean totalsConfirmed, boolean linesAddUp) {
        String amount = DraftFields.linePath(index, "amount");
        String tax = DraftFields.linePath(index, "taxAmount");
        if (!linesAddUp) {
            doubt(amount, tax);
        } else if (totalsConfirmed) {
            confirm(amount, tax);
        }
        String rate = DraftFields.linePath(index, "taxRate");
        if (!taxFits(number(amount), number(rate), number(tax))) {
            doubt(rate);
        } else if (isSure(amount)) {
            confirm(rate);
        }
        quantityAndPrice(index, amount);
    }

    private void quantityAndPrice(int index, String amount) {
        String quantity = DraftFields.linePath(index, "quantity");
        String price = DraftFields.linePath(index, "unitPrice");
        BigDecimal q = number(quantity);
        BigDecimal p = number(price);
        if (q == null || p == null || !within(q.multiply(p), number(amount), CENT)) {
            doubt(quantity, price);
        } else if (isSure(amount)) {
            confirm(quantity, price);
        }
    }

    private boolean linesAddUp() {
        BigDecimal amounts = BigDecimal.ZERO;
        BigDecimal taxes = BigDecimal.ZERO;
        for (int i = 0; i < draft.lineCount(); i++) {
            BigDecimal amount = number(DraftFields.linePath(i, "amount"));
            BigDecimal tax = number(DraftFields.linePath(i, "taxAmount"));
            if (amount == null || tax == null) {
                return false;
            }
            amounts = amounts.add(amount);
            taxes = taxes.add(tax);
        }
        BigDecimal totalAmount = number(DraftFields.TOTAL_AMOUNT);
        BigDecimal totalTax = number(DraftFields.TOTAL_TAX);
        return totalAmount != null
                && totalTax != null
                && amounts.compareTo(totalAmount) == 0
                && taxes.compareTo(totalTax) == 0;
    }

    private static boolean taxFits(BigDecimal amount, BigDecimal rate, BigDecimal tax) {
        return amount != null
                && rate != null
                && tax != null
                && within(amount.multiply(rate).setScale(2, RoundingMode.HALF_UP), tax, CENT);
    }

    private static boolean within(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return b != null && a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    private void doubtFlagged(ValidationReport report) {
        Set<String> flagged = new HashSet<>();
        for (Finding finding : report.findings()) {
            flagged.add(finding.field());
        }
        for (ExtractedField field : draft.all()) {
            if (flagged.contains(field.field()) && read(field)) {
                draft.replace(field.withConfidence(Math.min(field.confidence(), DOUBTED)));
            }
        }
    }

    private void confirm(String... fields) {
        for (String name : fields) {
            ExtractedField field = draft.get(name);
            if (field != null && read(field)) {
                draft.replace(field.withConfidence(Math.max(field.confidence(), CONFIRMED)));
            }
        }
    }

    /** A check failed: the value, or its place in the layout, is wrong somewhere. */
    private void doubt(String... fields) {
        for (String name : fields) {
            ExtractedField field = draft.get(name);
            if (field != null && read(field)) {
                draft.replace(field.withConfidence(Math.min(field.confidence(), DOUBTED)));
            }
        }
    }

    private boolean isSure(String name) {
        ExtractedField field = draft.get(name);
        return field != null && field.confident();
    }

    private static boolean read(ExtractedField field) {
        return field.source() == FieldSource.TEXT || field.source() == FieldSource.OCR;
    }

    private BigDecimal number(String name) {
        String value = draft.value(name);
        return value == null ? null : new BigDecimal(value);
    }
}
