package com.fapiaorelay.standalone.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    /** A backend's line: its command holds spaces and a parenthesis, fields 14-17 are utime, stime, cutime, cstime. */
    private static final String BACKEND = "4242 (postgres: postgres postgres 127.0.0.1(5) idle) S 4100 4100 4100 0 -1"
            + " 4194560 900 0 0 0 250 75 12 8 20 0 1 0 4827307 3133440 388 18446744073709551615 0 0 0";

    @Test
    void readsTheParentAndTheTicksCountingFieldsFromTheLastParenthesis() {
        ProcStat stat = ProcStat.parse(BACKEND);

        assertThat(stat.pid()).isEqualTo(4242);
        assertThat(stat.command()).isEqualTo("postgres: postgres postgres 127.0.0.1(5) idle");
        assertThat(stat.parentPid()).isEqualTo(4100);
        assertThat(stat.userTicks()).isEqualTo(250);
        assertThat(stat.systemTicks()).isEqualTo(75);
        assertThat(stat.reapedChildrenTicks()).isEqualTo(20);
    }

    @Test
    void convertsTicksOfAHundredthOfASecondToNanoseconds() {
        ProcStat stat = ProcStat.parse(BACKEND);

        assertThat(stat.ownCpuNanos()).isEqualTo(3_250_000_000L);
        assertThat(stat.cpuWithReapedChildrenNanos()).isEqualTo(3_450_000_000L);
    }

    @Test
    void readsThisProcessWhereThereIsAProcFileSystem() {
        long self = ProcessHandle.current().pid();

        assertThat(ProcStat.read(self))
                .hasValueSatisfying(stat -> assertThat(stat.pid()).isEqualTo(self))
                .hasValueSatisfying(stat -> assertThat(stat.ownCpuNanos()).isPositive());
        assertThat(ProcStat.read(-1)).isEmpty();
    }
}
