package com.fapiaorelay.kit.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Every servlet service answers its {@link ApiProblem}s through the one {@link ProblemAdvice}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebKitAutoConfiguration {

    @Bean
    ProblemAdvice problemAdvice() {
        return new ProblemAdvice();
    }
}
