package com.fapiaorelay.standalone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How every service of a stack finds the others, Kafka and its schema, as command-line arguments: they must outrank
 * each service's own configuration file. {@code overrides} are properties given to every service.
 */
record ServiceWiring(RunningStack stack, String jdbcUser, String jdbcPassword, Map<String, String> overrides) {

    private static final String ADMIN_TOKEN_PROPERTY = "fapiao.admin-token";
    private static final String DEV_ADMIN_TOKEN = "fapiao-relay-dev-admin-token";

    /** The override {@code fapiao.admin-token}, the environment's {@code FAPIAO_ADMIN_TOKEN}, or the development one. */
    static String adminToken(Map<String, String> overrides) {
        return overrides.getOrDefault(
                ADMIN_TOKEN_PROPERTY,
                Optional.ofNullable(System.getenv("FAPIAO_ADMIN_TOKEN")).orElse(DEV_ADMIN_TOKEN));
    }

    String[] arguments(String jdbcUrl, int port) {
        Map<String, Object> properties = new LinkedHashMap<>(overrides);
        properties.put("server.port", port);
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", jdbcUser);
        properties.put("spring.datasource.password", jdbcPassword);
        properties.put("spring.kafka.bootstrap-servers", stack.kafkaBootstrapServers());
        properties.put("fapiao.tax.base-url", stack.sandboxUrl());
        properties.put("fapiao.sync.api-keys.upload-url", stack.uploadUrl());
        properties.put("fapiao.upload.admin-token", stack.adminToken());
        properties.put("fapiao.sync.admin-token", stack.adminToken());
        properties.put("fapiao.console.upload-url", stack.uploadUrl());
        properties.put("fapiao.console.sync-url", stack.syncUrl());
        properties.put("fapiao.console.alert-url", stack.alertUrl());
        properties.put("fapiao.console.upload-admin-token", stack.adminToken());
        properties.put("fapiao.console.sync-admin-token", stack.adminToken());
        properties.put("spring.main.banner-mode", "off");
        return properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
    }
}
