/** A real Kafka broker (KRaft) and a real PostgreSQL started in-process, for standalone and tests. */
package com.fapiaorelay.kit.embedded;
