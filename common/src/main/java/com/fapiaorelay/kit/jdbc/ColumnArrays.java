package com.fapiaorelay.kit.jdbc;

import java.util.Collection;
import java.util.function.Function;

/**
 * A batch of rows bound as one text array per column, read back by {@code unnest(...)} with a cast per column: one
 * statement and one round trip however many rows.
 */
public final class ColumnArrays {

    private ColumnArrays() {}

    public static <T> String[] column(Collection<T> rows, Function<T, ?> value) {
        return rows.stream().map(value).map(ColumnArrays::text).toArray(String[]::new);
    }

    private static String text(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value == null ? null : value.toString();
    }
}
