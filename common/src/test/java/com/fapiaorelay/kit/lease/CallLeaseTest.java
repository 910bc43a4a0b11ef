package com.fapiaorelay.kit.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallLeaseTest {

    private static final Duration LONGEST_CALL = Duration.ofSeconds(35);

    @Test
    void unconfiguredLeaseCoversEveryCallOfTheRoundAtItsSlowest() {
        assertThat(CallLease.of("fapiao.upload.lease", null, LONGEST_CALL, 2).duration())
                .isEqualTo(Duration.ofSeconds(70));
        assertThat(CallLease.of("fapiao.sync.confirmation.lease", null, LONGEST_CALL, 1)
                        .duration())
                .isEqualTo(LONGEST_CALL);
    }

    @Test
    void leaseShorterThanTheSlowestRoundRefusesToStart() {
        assertThatThrownBy(() -> CallLease.of("fapiao.upload.lease", Duration.ofSeconds(60), LONGEST_CALL, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fapiao.upload.lease=PT1M")
                .hasMessageContaining("PT1M10S");
        assertThat(CallLease.of("fapiao.upload.lease", Duration.ofMinutes(5), LONGEST_CALL, 2)
                        .duration())
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void callIsMadeOnlyWhileTheLeaseLeavesTimeForTheSlowestCall() {
        CallLease lease = CallLease.of("fapiao.upload.lease", null, LONGEST_CALL, 2);
        long now = System.nanoTime();

        assertThat(lease.leavesTimeForCall(now)).isTrue();
        assertThat(lease.leavesTimeForCall(now - Duration.ofSeconds(36).toNanos()))
                .isFalse();
    }
}
