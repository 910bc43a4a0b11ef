package com.fapiaorelay.sync.config;

import com.fapiaorelay.common.tax.TaxInterface;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tax interface sync-service looks invoices up in. */
@Configuration(proxyBeanMethods = false)
class TaxInterfaceConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TaxInterface taxInterface(TaxProperties properties) {
        return properties
                .channel()
                .client(
                        properties.baseUrl(),
                        properties.credentials(),
                        properties.leqi(),
                        properties.connectTimeout(),
                        properties.requestTimeout());
    }
}
