package com.fapiaorelay.kit.kafka;

import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.trace.Traces;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** Declares our topics and the single Kafka error-handling path: transient failures retried, poison dead-lettered. */
@AutoConfiguration(
        beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        afterName = "com.fapiaorelay.kit.trace.TraceAutoConfiguration")
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(KafkaKitProperties.class)
public class KafkaKitAutoConfiguration {

    /** Dead-letter headers: the refusal's stable code and the field it is about, beside Spring's exception headers. */
    public static final String REFUSAL_CODE_HEADER = "fapiao-refusal-code";

    public static final String REFUSAL_FIELD_HEADER = "fapiao-refusal-field";

    @Bean
    KafkaAdmin.NewTopics fapiaoTopics(KafkaKitProperties properties) {
        return new KafkaAdmin.NewTopics(Stream.of(
                        Topics.INVOICES_SUBMITTED,
                        Topics.INVOICES_STATUS,
                        Topics.INVOICES_REUPLOAD,
                        Topics.ANOMALIES,
                        Topics.ERP_DECLARATIONS)
                .flatMap(name -> Stream.of(name, deadLetters(name)))
                .map(name -> new NewTopic(name, properties.partitions(), properties.replicas()))
                .toArray(NewTopic[]::new));
    }

    @Bean
    IdleConsumerDefaults idleConsumerDefaults() {
        return new IdleConsumerDefaults();
    }

    @Bean
    PoisonBatches poisonBatches(Traces traces, KafkaKitProperties properties) {
        return new PoisonBatches(traces, properties.maxEventBytes());
    }

    /**
     * Only transient failures (database or broker unreachable) are retried, with pauses growing to a bounded
     * maximum and no end: offsets are committed only after the data is stored, so waiting loses nothing, while
     * dead-lettering good invoices during an outage would hide them. Anything else fails again on every attempt,
     * so it goes to the topic's dead letters at once, with its reason in the headers.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template, KafkaKitProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template, (record, failure) -> new TopicPartition(deadLetters(record.topic()), -1));
        recoverer.setHeadersFunction((record, failure) -> refusalHeaders(failure));
        var backOff = new ExponentialBackOff(properties.retryInitial().toMillis(), 2);
        backOff.setMaxInterval(properties.retryMax().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.defaultFalse();
        TransientFailures.CLASSES.forEach(handler::addRetryableExceptions);
        handler.setLogLevel(KafkaException.Level.WARN);
        return handler;
    }

    private static Headers refusalHeaders(Exception failure) {
        Headers headers = new RecordHeaders();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PoisonRecord poison) {
                headers.add(REFUSAL_CODE_HEADER, poison.code().getBytes(StandardCharsets.UTF_8));
                headers.add(REFUSAL_FIELD_HEADER, poison.field().getBytes(StandardCharsets.UTF_8));
                break;
            }
        }
        return headers;
    }

    static String deadLetters(String topic) {
        return topic + "-dlt";
    }
}
