package com.fapiaorelay.upload.intake.csv;

import java.util.List;

/** One record of the file; {@code number} is its row as a spreadsheet shows it, the header being row 1. */
record CsvRow(int number, List<String> cells) {

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
