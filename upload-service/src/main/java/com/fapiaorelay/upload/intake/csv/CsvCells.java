package com.fapiaorelay.upload.intake.csv;

import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Typed reading of one row's cells; a cell that cannot be read becomes a CSV_FORMAT finding and null. */
final class CsvCells {

    static final String FORMAT = "CSV_FORMAT";
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "是");

    private final CsvColumns columns;
    private final CsvRow row;
    private final List<Finding> findings;

    CsvCells(CsvColumns columns, CsvRow row, List<Finding> findings) {
        this.columns = columns;
        this.row = row;
        this.findings = findings;
    }

    String text(String column) {
        return columns.text(row, column);
    }

    /** Money with two decimals: spreadsheets drop trailing zeros ("1000"), and thousands separators are allowed. */
    BigDecimal money(String column) {
        BigDecimal value = decimal(column);
        return value != null && value.scale() < 2 ? value.setScale(2) : value;
    }

    BigDecimal decimal(String column) {
        return read(column, "a number", text -> new BigDecimal(text.replace(",", "")));
    }

    /** A tax rate as a fraction ("0.06") or a percentage ("6%"). */
    BigDecimal rate(String column) {
        return read(
                column,
                "a rate such as 0.06 or 6%",
                text -> text.endsWith("%")
                        ? new BigDecimal(text.substring(0, text.length() - 1).strip()).movePointLeft(2)
                        : new BigDecimal(text));
    }

    /** China local time as {@code 2026-03-01 10:15:00}, ISO-8601, with slashes, or a date alone (midnight). */
    LocalDateTime time(String column) {
        return read(column, "a time such as 2026-03-01 10:15:00", text -> {
            String iso = text.replace('/', '-').replace(' ', 'T');
            return iso.length() == 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
        });
    }

    Integer integer(String column) {
        return read(column, "a whole number", Integer::valueOf);
    }

    <E extends Enum<E>> E choice(String column, Class<E> type, E fallback) {
        E value = read(
                column,
                "one of " + List.of(type.getEnumConstants()),
                text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
        return text(column) == null ? fallback : value;
    }

    boolean flag(String column) {
        String text = text(column);
        return text != null && TRUE.contains(text.toLowerCase(Locale.ROOT));
    }

    private <T> T read(String column, String expected, Function<String, T> parser) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            findings.add(unreadable(column, text, expected));
            return null;
        }
    }

    private Finding unreadable(String column, String text, String expected) {
        return new Finding(
                FORMAT,
                Severity.ERROR,
                column,
                "第 " + row.number() + " 行 " + column + " 无法读取：" + text,
                "row " + row.number() + ": " + column + " is not " + expected + ": " + text,
                null);
    }
}
