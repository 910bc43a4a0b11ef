package com.fapiaorelay.kit.kafka;

import com.fapiaorelay.common.topic.Topics;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** Declares our topics and the single Kafka error-handling path: bounded retry, then the topic's dead letters. */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(KafkaKitProperties.class)
public class KafkaKitAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics fapiaoTopics(KafkaKitProperties properties) {
        return new KafkaAdmin.NewTopics(
                Stream.of(Topics.INVOICES_SUBMITTED, Topics.INVOICES_STATUS, Topics.INVOICES_REUPLOAD, Topics.ANOMALIES)
                        .flatMap(name -> Stream.of(name, deadLetters(name)))
                        .map(name -> new NewTopic(name, properties.partitions(), properties.replicas()))
                        .toArray(NewTopic[]::new));
    }

    /**
     * Poison records go to the topic's dead letters at once. Anything else (a database outage, say) is retried with
     * growing pauses and no end: offsets are committed only after the data is stored, so waiting loses nothing,
     * while dead-lettering good invoices would hide them.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template, (record, failure) -> new TopicPartition(deadLetters(record.topic()), -1));
        var backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonRecord.class);
        return handler;
    }

    static String deadLetters(String topic) {
        return topic + "-dlt";
    }
}
