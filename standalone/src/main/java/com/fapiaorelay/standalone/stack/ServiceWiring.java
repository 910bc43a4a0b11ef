package com.fapiaorelay.standalone.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How every service of a stack finds the others, Kafka and its schema, as command-line arguments: they must outrank
 * each service's own configuration file. {@code overrides} are properties given to every service.
 */
public record ServiceWiring(RunningStack stack, String jdbcUser, String jdbcPassword, Map<String, String> overrides) {

    /** A developer's machine: development secrets, trial users and the sandbox are accepted (docs/security.md). */
    private static final String DEV_PROFILE = "dev";

    private static final String OPS_TOKEN_PROPERTY = "fapiao.auth.callers.ops.token";
    private static final String DEV_OPS_TOKEN = "fapiao-relay-dev-ops-token";

    /**
     * The {@code Authorization} value of the operators' scripts (role ADMIN on every service): the override of
     * {@code fapiao.auth.callers.ops.token}, the environment's {@code FAPIAO_OPS_TOKEN}, or the development default.
     */
    public static String opsCredential(Map<String, String> overrides) {
        return "Bearer "
                + overrides.getOrDefault(
                        OPS_TOKEN_PROPERTY,
                        Optional.ofNullable(System.getenv("FAPIAO_OPS_TOKEN")).orElse(DEV_OPS_TOKEN));
    }

    public String[] arguments(String jdbcUrl, int port) {
        Map<String, Object> properties = new LinkedHashMap<>(overrides);
        properties.putIfAbsent("spring.profiles.active", DEV_PROFILE);
        properties.put("server.port", port);
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", jdbcUser);
        properties.put("spring.datasource.password", jdbcPassword);
        properties.put("spring.kafka.bootstrap-servers", stack.kafkaBootstrapServers());
        properties.put("fapiao.tax.base-url", stack.sandboxUrl());
        properties.put("fapiao.sync.api-keys.upload-url", stack.uploadUrl());
        properties.put("fapiao.console.upload-url", stack.uploadUrl());
        properties.put("fapiao.console.sync-url", stack.syncUrl());
        properties.put("fapiao.console.alert-url", stack.alertUrl());
        properties.put("spring.main.banner-mode", "off");
        return properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
    }
}
