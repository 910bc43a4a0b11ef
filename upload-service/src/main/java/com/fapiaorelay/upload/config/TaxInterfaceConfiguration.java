package com.fapiaorelay.upload.config;

import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.TaxInterface;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TaxInterfaceConfiguration {

    @Bean
    TaxInterface taxInterface(TaxInterfaceProperties properties) {
        return new HttpTaxInterface(
                properties.baseUrl(),
                properties.credentials(),
                properties.connectTimeout(),
                properties.requestTimeout());
    }
}
