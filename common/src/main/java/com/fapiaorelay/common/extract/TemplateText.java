package com.fapiaorelay.common.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the printed 数电票 template from its text, line by line top to bottom: the title, number and date, the
 * buyer's block left of the seller's, the item table, the totals, the issuer. The text may come from a PDF's or
 * an OFD's text layer or from OCR; every value found is recorded with that source and a starting confidence.
 */
final class TemplateText {

    private static final String MONEY = "(-?\\d[\\d,]*\\.\\d{2})";
    private static final Pattern NUMBER = Pattern.compile("发票号码[:：]?\\s*(\\d{20}|\\d{8})");
    private static final Pattern DATE =
            Pattern.compile("开票日期[:：]?\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NAME = Pattern.compile("名称[:：]([^\\s:：]*)");
    private static final Pattern TAX_ID = Pattern.compile("识别号[:：]([0-9A-Z]*)");
    private static final Pattern AMOUNT = Pattern.compile(MONEY);
    private static final Pattern GRAND_TOTAL = Pattern.compile("[（(]小写[）)]\\s*[¥￥]?\\s*" + MONEY);
    private static final Pattern ISSUER = Pattern.compile("开票人[:：]([\\p{IsHan}A-Za-z·]+)");
    private static final Pattern REMARKS = Pattern.compile("^备注\\s*(\\S.*)$");

    private final FieldSource source;
    private final double confidence;
    private final DraftFields draft = new DraftFields();

    private TemplateText(FieldSource source, double confidence) {
        this.source = source;
        this.confidence = confidence;
    }

    static DraftFields read(List<String> lines, FieldSource source, double confidence) {
        TemplateText reader = new TemplateText(source, confidence);
        List<String> normalised = new ArrayList<>(lines.size());
        for (String line : lines) {
            normalised.add(source == FieldSource.OCR ? OcrText.clean(line) : line.strip());
        }
        reader.readHeader(normalised);
        reader.readParties(normalised);
        ItemTable.read(normalised, reader.draft, source, confidence);
        reader.readTotals(normalised);
        return reader.draft;
    }

    private void readHeader(List<String> lines) {
        for (String line : lines) {
            if (line.contains("专用发票")) {
                put(DraftFields.KIND, "SPECIAL");
            } else if (line.contains("普通发票")) {
                put(DraftFields.KIND, "NORMAL");
            }
            first(NUMBER, line).ifPresent(number -> put(DraftFields.NUMBER, number));
            Matcher date = DATE.matcher(line);
            if (date.find()) {
                put(DraftFields.ISSUED_AT, isoDate(date));
            }
        }
    }

    private void readParties(List<String> lines) {
        List<String> names = new ArrayList<>();
        List<String> taxIds = new ArrayList<>();
        for (String line : lines) {
            collect(NAME, line, names);
            collect(TAX_ID, line, taxIds);
        }
        putNth(names, 0, DraftFields.BUYER_NAME);
        putNth(names, 1, DraftFields.SELLER_NAME);
        if (source == FieldSource.OCR) {
            taxIds.replaceAll(OcrText::taxId);
        }
        putNth(taxIds, 0, DraftFields.BUYER_TAX_ID);
        putNth(taxIds, 1, DraftFields.SELLER_TAX_ID);
    }

    private void readTotals(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("合计")) {
                totals(line);
            }
            first(GRAND_TOTAL, line).ifPresent(total -> put(DraftFields.GRAND_TOTAL, money(total)));
            first(ISSUER, line).ifPresent(issuer -> put(DraftFields.ISSUER, issuer));
            first(REMARKS, line).ifPresent(remarks -> put(DraftFields.REMARKS, remarks));
        }
    }

    /** 合计 prints the amount and the tax, in the table's amount and tax columns. */
    private void totals(String line) {
        List<String> amounts = new ArrayList<>();
        collect(AMOUNT, line, amounts);
        if (amounts.size() == 2) {
            put(DraftFields.TOTAL_AMOUNT, money(amounts.get(0)));
            put(DraftFields.TOTAL_TAX, money(amounts.get(1)));
        }
    }

    static String money(String printed) {
        return new BigDecimal(printed.replace(",", "")).setScale(2).toPlainString();
    }

    private static String isoDate(Matcher date) {
        return String.format(
                "%s-%02d-%02d", date.group(1), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
    }

    private static Optional<String> first(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static void collect(Pattern pattern, String line, List<String> values) {
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
    }

    /** The buyer's block stands left of the seller's, so the first label of a pair is the buyer's. */
    private void putNth(List<String> values, int index, String field) {
        if (values.size() == 2) {
            put(field, values.get(index));
        }
    }

    private void put(String field, String value) {
        draft.put(field, value, source, confidence);
    }
}
