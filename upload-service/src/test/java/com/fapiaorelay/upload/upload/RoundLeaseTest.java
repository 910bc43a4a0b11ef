package com.fapiaorelay.upload.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoundLeaseTest {

    private static final Duration LONGEST_CALL = Duration.ofSeconds(35);

    @Test
    void unconfiguredLeaseCoversALookUpAndAnUploadAtTheirSlowest() {
        assertThat(RoundLease.of(null, LONGEST_CALL).duration()).isEqualTo(Duration.ofSeconds(70));
    }

    @Test
    void leaseShorterThanTheSlowestRoundRefusesToStart() {
        assertThatThrownBy(() -> RoundLease.of(Duration.ofSeconds(60), LONGEST_CALL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fapiao.upload.lease=PT1M")
                .hasMessageContaining("PT1M10S");
        assertThat(RoundLease.of(Duration.ofMinutes(5), LONGEST_CALL).duration())
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void uploadIsSentOnlyWhileTheLeaseLeavesTimeForTheSlowestCall() {
        RoundLease lease = RoundLease.of(null, LONGEST_CALL);
        long now = System.nanoTime();

        assertThat(lease.leavesTimeToSend(now)).isTrue();
        assertThat(lease.leavesTimeToSend(now - Duration.ofSeconds(36).toNanos()))
                .isFalse();
    }
}
