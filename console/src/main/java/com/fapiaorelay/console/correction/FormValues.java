package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads typed text into numbers and times, noting each value that is neither as a finding on its field. */
final class FormValues {

    static final String NOT_A_NUMBER = "FORM_NOT_A_NUMBER";
    static final String NOT_A_TIME = "FORM_NOT_A_TIME";

    private final List<Finding> problems = new ArrayList<>();

    BigDecimal number(String field, String value) {
        String typed = text(value);
        if (typed == null) {
            return null;
        }
        try {
            return new BigDecimal(typed.replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(problem(NOT_A_NUMBER, field, "不是数字：" + typed, "not a number: " + typed));
            return null;
        }
    }

    LocalDateTime time(String field, String value) {
        String typed = text(value);
        if (typed == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            problems.add(problem(
                    NOT_A_TIME,
                    field,
                    "时间格式应为 2026-11-28T09:30:00：" + typed,
                    "expected 2026-11-28T09:30:00: " + typed));
            return null;
        }
    }

    List<Finding> problems() {
        return List.copyOf(problems);
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof BigDecimal number
                ? number.toPlainString()
                : value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static Finding problem(String code, String field, String zh, String en) {
        return new Finding(code, Severity.ERROR, field, zh, en, null);
    }
}
