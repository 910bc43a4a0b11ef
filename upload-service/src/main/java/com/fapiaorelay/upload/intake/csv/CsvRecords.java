package com.fapiaorelay.upload.intake.csv;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records: comma-separated, double quotes around fields that hold commas, quotes or line breaks. */
final class CsvRecords {

    private final String text;
    private int position;

    private CsvRecords(String text) {
        this.text = text;
    }

    /** Every non-blank record, numbered as a spreadsheet would number it. */
    static List<CsvRow> parse(String text) {
        CsvRecords reader = new CsvRecords(text);
        List<CsvRow> rows = new ArrayList<>();
        for (int number = 1; reader.position < text.length(); number++) {
            CsvRow row = new CsvRow(number, reader.record());
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private List<String> record() {
        List<String> cells = new ArrayList<>();
        while (true) {
            cells.add(field());
            if (position >= text.length()) {
                return cells;
            }
            char separator = text.charAt(position++);
            if (separator == '\r' && position < text.length() && text.charAt(position) == '\n') {
                position++;
            }
            if (separator != ',') {
                return cells;
            }
        }
    }

    private String field() {
        if (position < text.length() && text.charAt(position) == '"') {
            return quoted();
        }
        int start = position;
        while (position < text.length() && !isSeparator(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    private String quoted() {
        StringBuilder value = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c != '"') {
                value.append(c);
            } else if (position < text.length() && text.charAt(position) == '"') {
                value.append('"');
                position++;
            } else {
                break;
            }
        }
        // Text between the closing quote and the next separator is kept, as spreadsheets do.
        return value + field();
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
