package com.fapiaorelay.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultSettingsTest {

    @Test
    void parsesTheCommaFormLeavingTheRestAtDefaults() {
        FaultSettings settings = FaultSettings.parse("error-rate=0.05, silent-loss-rate=0.01,seed=7");

        assertThat(settings.errorRate()).isEqualTo(0.05);
        assertThat(settings.silentLossRate()).isEqualTo(0.01);
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.hangRate()).isZero();
        assertThat(settings.hangMs()).isEqualTo(15_000);
    }

    @Test
    void parsesEveryNamedSetting() {
        FaultSettings settings = FaultSettings.parse("latency-ms=20,error-rate=0.1,hang-rate=0.2,reset-rate=0.3,"
                + "silent-loss-rate=0.4,delay-rate=0.5,alter-rate=0.6,quota-per-second=100,seed=9");

        assertThat(settings)
                .extracting(
                        FaultSettings::latencyMs,
                        FaultSettings::errorRate,
                        FaultSettings::hangRate,
                        FaultSettings::resetRate,
                        FaultSettings::silentLossRate,
                        FaultSettings::delayRate,
                        FaultSettings::alterRate,
                        FaultSettings::quotaPerSecond,
                        FaultSettings::seed)
                .containsExactly(20L, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 100, 9L);
    }

    @Test
    void parsesTheRateOfServerErrorsAfterStoring() {
        assertThat(FaultSettings.parse("store-then-error-rate=0.3").storeThenErrorRate())
                .isEqualTo(0.3);
        assertThatThrownBy(() -> FaultSettings.parse("store-then-error-rate=2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyFormSwitchesEverythingOff() {
        assertThat(FaultSettings.parse(" ")).isEqualTo(FaultSettings.NONE);
    }

    @Test
    void printsBackToAFormThatParsesToTheSameSettings() {
        FaultSettings settings = FaultSettings.parse("reset-rate=0.25,v1-retired=true,maintenance-ms=5000");

        assertThat(FaultSettings.parse(settings.toString())).isEqualTo(settings);
    }

    @Test
    void refusesUnknownNamesRatesOutOfRangeAndNonNumbers() {
        assertThatThrownBy(() -> FaultSettings.parse("eror-rate=0.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eror-rate");
        assertThatThrownBy(() -> FaultSettings.parse("error-rate=1.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultSettings.parse("seed=seven")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultSettings.parse("seed")).isInstanceOf(IllegalArgumentException.class);
    }
}
