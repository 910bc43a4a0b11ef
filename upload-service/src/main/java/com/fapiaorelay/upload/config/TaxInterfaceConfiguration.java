package com.fapiaorelay.upload.config;

import com.fapiaorelay.common.tax.TaxInterface;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TaxInterfaceConfiguration {

    @Bean
    TaxInterface taxInterface(TaxInterfaceProperties properties) {
        return properties.client(properties.baseUrl());
    }

    @Bean
    TaxTimeouts taxTimeouts(TaxInterfaceProperties properties) {
        return properties.timeouts();
    }

    @Bean
    @ConditionalOnProperty("fapiao.tax.backup-url")
    BackupTaxInterface backupTaxInterface(TaxInterfaceProperties properties) {
        return new BackupTaxInterface(properties.client(properties.backupUrl()));
    }

    @Bean
    @ConditionalOnProperty(name = "fapiao.tax.channel", havingValue = "leqi")
    SimulatedUploadTaxInterface simulatedUploadTaxInterface(TaxInterfaceProperties properties) {
        return new SimulatedUploadTaxInterface(properties.simulatedUploadClient());
    }
}
