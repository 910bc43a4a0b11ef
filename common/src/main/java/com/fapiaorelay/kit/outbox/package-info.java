/** Transactional outbox: events written with the state change, relayed to Kafka by an idempotent producer. */
package com.fapiaorelay.kit.outbox;
