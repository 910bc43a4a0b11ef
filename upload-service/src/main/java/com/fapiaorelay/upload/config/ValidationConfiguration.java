package com.fapiaorelay.upload.config;

import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.common.validation.ValidationRules;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    InvoiceValidator invoiceValidator(Clock clock) {
        return new InvoiceValidator(ValidationRules.defaults(), clock);
    }
}
