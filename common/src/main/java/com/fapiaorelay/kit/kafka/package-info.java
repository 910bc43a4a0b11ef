/** Kafka set-up shared by the services: topics, the one error-handling path. */
package com.fapiaorelay.kit.kafka;
