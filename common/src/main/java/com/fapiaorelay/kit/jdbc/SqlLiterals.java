package com.fapiaorelay.kit.jdbc;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A fixed list of enum constants written into SQL as {@code ('A', 'B')}: unlike a bound array, a literal list lets
 * PostgreSQL match a partial index declared over the same states.
 */
public final class SqlLiterals {

    private SqlLiterals() {}

    public static String list(Collection<? extends Enum<?>> constants) {
        return constants.stream()
                .map(constant -> "'" + constant.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
