package com.fapiaorelay.kit.time;

import com.fapiaorelay.common.time.BusinessDays;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Every service reads time from this clock; a test declares its own {@link Clock} bean to pin it. */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return BusinessDays.systemClock();
    }
}
