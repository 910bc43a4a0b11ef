package com.fapiaorelay.common.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The item table between its heading (项目名称 … 税额) and the 合计 row. A row is read from the right, where the
 * columns always hold something: tax, rate, amount, then unit price and quantity when both are printed; what is
 * left after the item name is the specification and the unit. A row that does not start with {@code *} continues
 * the item name above it (the template wraps long names).
 */
final class ItemTable {

    private static final Pattern MONEY = Pattern.compile("-?\\d[\\d,]*\\.\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern RATE = Pattern.compile("\\d{1,2}(\\.\\d+)?%");
    /** A lone word after the item name is a unit when it is this short; longer words are specifications. */
    private static final int MAX_UNIT_LENGTH = 2;

    private final DraftFields draft;
    private final FieldSource source;
    private final double confidence;
    private int index = -1;

    private ItemTable(DraftFields draft, FieldSource source, double confidence) {
        this.draft = draft;
        this.source = source;
        this.confidence = confidence;
    }

    static void read(List<String> lines, DraftFields draft, FieldSource source, double confidence) {
        ItemTable table = new ItemTable(draft, source, confidence);
        boolean inTable = false;
        for (String line : lines) {
            if (line.contains("项目名称")) {
                inTable = true;
            } else if (line.startsWith("合计")) {
                return;
            } else if (inTable && !line.isBlank()) {
                table.row(line);
            }
        }
    }

    private void row(String line) {
        List<String> tokens = new ArrayList<>(Arrays.asList(line.split("\\s+")));
        if (!tokens.get(0).startsWith("*")) {
            continuation(tokens);
            return;
        }
        if (tokens.size() < 4 || !MONEY.matcher(last(tokens)).matches()) {
            return;
        }
        index++;
        put("taxAmount", TemplateText.money(removeLast(tokens)), confidence);
        rate(removeLast(tokens));
        put("amount", TemplateText.money(removeLast(tokens)), confidence);
        priceAndQuantity(tokens);
        put("itemName", tokens.remove(0), confidence);
        specificationAndUnit(tokens);
    }

    /** A wrapped name is one word without figures; anything else between rows is noise, not part of a name. */
    private void continuation(List<String> tokens) {
        String word = tokens.get(0);
        if (index >= 0 && tokens.size() == 1 && !word.matches(".*\\d.*")) {
            String name = draft.value(DraftFields.linePath(index, "itemName"));
            put("itemName", (name == null ? "" : name) + word, confidence);
        }
    }

    private void rate(String printed) {
        if (RATE.matcher(printed).matches()) {
            BigDecimal percent = new BigDecimal(printed.substring(0, printed.length() - 1));
            put("taxRate", percent.movePointLeft(2).stripTrailingZeros().toPlainString(), confidence);
        }
    }

    private void priceAndQuantity(List<String> tokens) {
        if (tokens.size() >= 3 && isNumber(last(tokens)) && isNumber(tokens.get(tokens.size() - 2))) {
            put("unitPrice", plain(removeLast(tokens)), confidence);
            put("quantity", plain(removeLast(tokens)), confidence);
        }
    }

    /** Two words are specification then unit; a single word is ambiguous, so its confidence is lowered. */
    private void specificationAndUnit(List<String> tokens) {
        if (tokens.size() >= 2) {
            put("specification", String.join(" ", tokens.subList(0, tokens.size() - 1)), confidence);
            put("unit", last(tokens), confidence);
        } else if (tokens.size() == 1) {
            String word = tokens.get(0);
            put(word.length() <= MAX_UNIT_LENGTH ? "unit" : "specification", word, confidence * 0.8);
        }
    }

    private static boolean isNumber(String token) {
        return NUMBER.matcher(token.replace(",", "")).matches();
    }

    private static String plain(String number) {
        return new BigDecimal(number.replace(",", "")).stripTrailingZeros().toPlainString();
    }

    private static String last(List<String> tokens) {
        return tokens.get(tokens.size() - 1);
    }

    private static String removeLast(List<String> tokens) {
        return tokens.remove(tokens.size() - 1);
    }

    private void put(String name, String value, double fieldConfidence) {
        draft.putLine(index, name, value, source, fieldConfidence);
    }
}
