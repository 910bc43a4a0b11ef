package com.fapiaorelay.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.standalone.bench.PostgresStatements.Calls;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresStatementsTest {

    @Test
    void writesAQueryOnOneLineAndCutsALongOne() {
        assertThat(PostgresStatements.shortened("  select 1\n  from\tdual  ")).isEqualTo("select 1 from dual");
        assertThat(PostgresStatements.shortened("select " + "x, ".repeat(100)))
                .hasSize(161)
                .endsWith("…");
    }

    @Test
    void keepsOnlyTheQueriesThatRanBetweenTwoReadings() {
        Map<String, Calls> earlier = Map.of("select 1", new Calls(10, 10, 1), "select 2", new Calls(5, 0, 1));
        Map<String, Calls> later = Map.of(
                "select 1", new Calls(30, 40, 4), "select 2", new Calls(5, 0, 1), "select 3", new Calls(1, 1, 0.5));

        assertThat(PostgresStatements.between(earlier, later))
                .containsOnly(Map.entry("select 1", new Calls(20, 30, 3)), Map.entry("select 3", new Calls(1, 1, 0.5)));
    }
}
