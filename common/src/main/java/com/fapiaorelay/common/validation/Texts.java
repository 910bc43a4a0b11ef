package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Text.isBlank;
import static com.fapiaorelay.common.validation.Text.isDigits;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.util.List;
import java.util.regex.Pattern;

/** Item names written {@code *category*name}, 19-digit classification codes, and field length limits. */
final class Texts implements InvoiceRule {

    private static final Pattern ITEM_NAME = Pattern.compile("\\*[^*]+\\*[^*]+");

    private final ValidationRules.FieldLimits limits;

    Texts(ValidationRules rules) {
        this.limits = rules.fieldLimits();
    }

    @Override
    public void check(Invoice invoice, Findings findings) {
        if (invoice.seller() != null) {
            checkLength(invoice.seller().name(), limits.partyName(), "seller.name", findings);
        }
        if (invoice.buyer() != null) {
            checkLength(invoice.buyer().name(), limits.partyName(), "buyer.name", findings);
        }
        checkLength(invoice.issuer(), limits.issuer(), "issuer", findings);
        checkLength(invoice.remarks(), limits.remarks(), "remarks", findings);
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            checkLine(lines.get(i), i, findings);
        }
    }

    private void checkLine(InvoiceLine line, int index, Findings findings) {
        String itemName = line.itemName();
        if (!isBlank(itemName) && !ITEM_NAME.matcher(itemName).matches()) {
            findings.addWithFix(Rule.ITEM_NAME_FORMAT, Findings.line(index, "itemName"), categorised(itemName));
        }
        if (isTooLong(itemName, limits.itemName())) {
            checkLength(itemName, limits.itemName(), Findings.line(index, "itemName"), findings);
        }
        if (isTooLong(line.specification(), limits.specification())) {
            checkLength(line.specification(), limits.specification(), Findings.line(index, "specification"), findings);
        }
        String code = line.taxClassificationCode();
        if (isBlank(code)) {
            findings.add(Rule.CLASSIFICATION_CODE_MISSING, Findings.line(index, "taxClassificationCode"));
        } else if (!isDigits(code, 19)) {
            findings.add(Rule.CLASSIFICATION_CODE, Findings.line(index, "taxClassificationCode"));
        }
    }

    /** {@code 信息技术服务*软件开发服务} lacks only its leading star; other shapes cannot be guessed. */
    private static String categorised(String itemName) {
        int star = itemName.indexOf('*');
        boolean onlyLeadingStarMissing = star > 0 && star == itemName.lastIndexOf('*') && star < itemName.length() - 1;
        return onlyLeadingStarMissing ? "*" + itemName : null;
    }

    private static void checkLength(String text, int limit, String field, Findings findings) {
        if (isTooLong(text, limit)) {
            findings.add(Rule.FIELD_TOO_LONG, field, text.codePointCount(0, text.length()), limit);
        }
    }

    private static boolean isTooLong(String text, int limit) {
        return text != null && text.length() > limit && text.codePointCount(0, text.length()) > limit;
    }
}
