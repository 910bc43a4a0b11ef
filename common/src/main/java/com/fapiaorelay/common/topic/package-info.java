/** Kafka topic names. */
package com.fapiaorelay.common.topic;
