package com.fapiaorelay.kit.auth;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Puts the {@link DevelopmentGuard} in every service that uses the kit. */
@AutoConfiguration
public class DevelopmentGuardAutoConfiguration {

    @Bean
    static BeanFactoryPostProcessor developmentGuard() {
        return new DevelopmentGuard();
    }
}
