package com.fapiaorelay.kit.outbox;

import com.fapiaorelay.kit.trace.Traces;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox and its relay for every service that has a database and Kafka. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "com.fapiaorelay.kit.trace.TraceAutoConfiguration"
        })
@ConditionalOnClass({JdbcTemplate.class, KafkaTemplate.class})
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class OutboxAutoConfiguration {

    @Bean
    Outbox outbox(JdbcTemplate jdbc, Traces traces, OutboxRelay relay) {
        return new Outbox(jdbc, traces, relay::wake);
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        // a template of its own, unobserved: the relay puts each record's stored trace on it (OutboxRelay)
        var unobserved = new KafkaTemplate<>(kafka.getProducerFactory());
        OutboxRelay relay = new OutboxRelay(jdbc, transaction, unobserved, properties);
        meters.ifAvailable(registry -> registerMetrics(relay, registry));
        return relay;
    }

    private static void registerMetrics(OutboxRelay relay, MeterRegistry registry) {
        Gauge.builder("fapiao.outbox.backlog", relay, OutboxRelay::backlog)
                .description("Events written to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("fapiao.scheduler.last.run", relay, r -> r.lastRunMillis() / 1000.0)
                .tag("scheduler", "outbox")
                .description("Unix time in seconds at which the scheduler last completed a run")
                .register(registry);
    }
}
