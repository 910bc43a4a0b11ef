package com.fapiaorelay.sync.config;

import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.kit.lease.CallLease;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tax interface sync-service looks invoices up in, and how long a confirmation round's claim holds. */
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

    /** Checked here, at start-up: a lease shorter than a look-up at its slowest lets another instance ask again. */
    @Bean
    CallLease confirmationLease(SyncProperties sync, TaxProperties tax) {
        SyncProperties.Confirmation confirmation = sync.confirmation();
        return CallLease.of(
                "fapiao.sync.confirmation.lease", confirmation.lease(), tax.longestCall(confirmation.batchSize()), 1);
    }
}
