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
import org.springframework.util.backoff.FixedBackOff;

/** Declares our topics and the single Kafka error-handling path: bounded retry, then the topic's dead letters. */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(KafkaKitProperties.class)
public class KafkaKitAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics fapiaoTopics(KafkaKitProperties properties) {
        return new KafkaAdmin.NewTopics(Stream.of(
                        Topics.INVOICES_SUBMITTED,
                        Topics.INVOICES_SUBMITTED_DLT,
                        Topics.INVOICES_STATUS,
                        Topics.INVOICES_REUPLOAD,
                        Topics.ANOMALIES)
                .map(name -> new NewTopic(name, properties.partitions(), properties.replicas()))
                .toArray(NewTopic[]::new));
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template, (record, failure) -> new TopicPartition(record.topic() + "-dlt", -1));
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, 2));
        handler.addNotRetryableExceptions(PoisonRecord.class);
        return handler;
    }
}
