package com.fapiaorelay.alert.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertStateTest {

    @Test
    void firingAlertCanBeAcknowledgedOrResolved() {
        assertThat(AlertState.FIRING.canMoveTo(AlertState.ACKNOWLEDGED)).isTrue();
        assertThat(AlertState.FIRING.canMoveTo(AlertState.RESOLVED)).isTrue();
    }

    @Test
    void acknowledgedAlertCanBeResolvedButNotAcknowledgedAgain() {
        assertThat(AlertState.ACKNOWLEDGED.canMoveTo(AlertState.RESOLVED)).isTrue();
        assertThat(AlertState.ACKNOWLEDGED.canMoveTo(AlertState.ACKNOWLEDGED)).isFalse();
    }

    @Test
    void resolvedAlertOnlyFiresAgain() {
        assertThat(AlertState.RESOLVED.canMoveTo(AlertState.ACKNOWLEDGED)).isFalse();
        assertThat(AlertState.RESOLVED.canMoveTo(AlertState.RESOLVED)).isFalse();
        assertThat(AlertState.RESOLVED.canMoveTo(AlertState.FIRING)).isTrue();
    }
}
