package com.fapiaorelay.console.config;

import com.fapiaorelay.common.validation.InvoiceValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The same invoice rules upload-service applies, so the form shows what intake would say. */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    InvoiceValidator invoiceValidator() {
        return InvoiceValidator.withDefaults();
    }
}
