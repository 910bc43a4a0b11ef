package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.kit.lease.CallLease;
import com.fapiaorelay.kit.trace.Traces;
import com.fapiaorelay.upload.config.BackupTaxInterface;
import com.fapiaorelay.upload.config.TaxTimeouts;
import com.fapiaorelay.upload.maintenance.DeclaredMaintenance;
import com.fapiaorelay.upload.submission.Submissions;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the upload path: endpoints with their breakers, the gate, the quota and one round. */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    /** A look-up of the invoices whose outcome is unknown, then an upload of the rest. */
    private static final int CALLS_PER_ROUND = 2;

    @Bean
    CircuitBreakerRegistry uploadBreakers(UploadProperties properties, MeterRegistry meters) {
        UploadProperties.Breaker breaker = properties.breaker();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(breaker.window())
                .minimumNumberOfCalls(breaker.window())
                .failureRateThreshold(breaker.failureRatePercent())
                .waitDurationInOpenState(breaker.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry;
    }

    @Bean
    TaxEndpoints taxEndpoints(
            CircuitBreakerRegistry breakers, TaxInterface primary, ObjectProvider<BackupTaxInterface> backup) {
        List<TaxEndpoint> endpoints = new ArrayList<>();
        endpoints.add(new TaxEndpoint("primary", primary, breakers.circuitBreaker("primary")));
        backup.ifAvailable(b -> endpoints.add(new TaxEndpoint("backup", b.tax(), breakers.circuitBreaker("backup"))));
        return new TaxEndpoints(endpoints);
    }

    @Bean
    UploadGate uploadGate(UploadProperties properties, DeclaredMaintenance declared, TaxEndpoints endpoints) {
        return new UploadGate(new MaintenanceWindows(properties.maintenanceWindows()), declared, endpoints);
    }

    /** Checked here, at start-up: a lease shorter than a round at its slowest would let two workers send. */
    @Bean
    CallLease roundLease(UploadProperties properties, TaxTimeouts timeouts) {
        return CallLease.of(
                "fapiao.upload.lease",
                properties.lease(),
                timeouts.longestCall(properties.batchSize()),
                CALLS_PER_ROUND);
    }

    @Bean
    UploadRound uploadRound(
            Submissions submissions,
            UploadGate gate,
            CallLease lease,
            AttemptRows attempts,
            EndpointWatch watch,
            DeclaredMaintenance declared,
            UploadProperties properties,
            MeterRegistry meters,
            Traces traces,
            TransactionTemplate transaction,
            Clock clock) {
        var decision = new OutcomeDecision(new RetrySchedule(properties.retry()), declared::pausedBetween);
        var quota = new SellerQuota(properties.quota());
        var recorder = new AttemptRecorder(attempts, watch, meters, transaction);
        return new UploadRound(submissions, gate, lease, quota, decision, recorder, properties, meters, traces, clock);
    }
}
