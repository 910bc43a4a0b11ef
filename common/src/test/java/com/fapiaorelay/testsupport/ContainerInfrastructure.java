package com.fapiaorelay.testsupport;

import com.fapiaorelay.testsupport.SharedInfrastructure.Infrastructure;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same infrastructure as containers, for machines with a Docker engine. */
record ContainerInfrastructure(PostgreSQLContainer postgres, KafkaContainer kafka) implements Infrastructure {

    static ContainerInfrastructure start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        postgres.start();
        kafka.start();
        return new ContainerInfrastructure(postgres, kafka);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String jdbcUrl(String schema) {
        return postgres.getJdbcUrl() + "&currentSchema=" + schema;
    }

    @Override
    public String username() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}
