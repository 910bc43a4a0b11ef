package com.fapiaorelay.standalone.stack;

/**
 * Where a running stack answers, one JVM or many processes alike: what the demo, the benchmark and the fault
 * campaign talk to. With replicas, each URL is an instance that is up at the moment of asking.
 */
public interface RunningStack {

    String kafkaBootstrapServers();

    String sandboxUrl();

    String uploadUrl();

    String syncUrl();

    String alertUrl();

    String consoleUrl();

    /** The {@code Authorization} value of the operators' scripts: role ADMIN on every service. */
    String opsCredential();

    /** JDBC URL of one service's schema with the credentials, for tooling that checks what the services stored. */
    String jdbcUrl(String schema);
}
