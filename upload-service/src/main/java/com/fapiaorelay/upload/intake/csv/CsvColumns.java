package com.fapiaorelay.upload.intake.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header row: columns are found by name, in any order and any letter case (docs/csv-import.md). */
final class CsvColumns {

    static final List<String> REQUIRED = List.of(
            "invoiceNumber",
            "issuedAt",
            "sellerTaxId",
            "sellerName",
            "buyerName",
            "itemName",
            "amount",
            "taxRate",
            "taxAmount");

    private final Map<String, Integer> positions;

    private CsvColumns(Map<String, Integer> positions) {
        this.positions = positions;
    }

    static CsvColumns of(CsvRow header) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            positions.putIfAbsent(normalised(header.cells().get(i)), i);
        }
        List<String> missing = REQUIRED.stream()
                .filter(column -> !positions.containsKey(normalised(column)))
                .toList();
        if (!missing.isEmpty()) {
            throw CsvUnreadable.missingColumns(missing);
        }
        return new CsvColumns(positions);
    }

    /** The cell's text without surrounding blanks, or null when the column is absent or the cell blank. */
    String text(CsvRow row, String column) {
        Integer position = positions.get(normalised(column));
        if (position == null || position >= row.cells().size()) {
            return null;
        }
        String value = row.cells().get(position).strip();
        return value.isEmpty() ? null : value;
    }

    private static String normalised(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
