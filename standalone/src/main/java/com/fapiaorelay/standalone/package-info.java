/** The embedded default: Kafka, PostgreSQL, the sandbox and the three services in one JVM; the demo and run commands. */
package com.fapiaorelay.standalone;
