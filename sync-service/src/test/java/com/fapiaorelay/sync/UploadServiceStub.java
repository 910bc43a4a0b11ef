package com.fapiaorelay.sync;

import com.fapiaorelay.common.json.FapiaoJson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays upload-service's key introspection for sync-service's tests: keys granted here are active for their
 * sellers. The real endpoint is upload-service's {@code ApiKeyIT}; both meet in the system tests.
 */
public final class UploadServiceStub {

    public static final String SERVICE_TOKEN = "sync-test-service-token";

    private static final Map<String, List<String>> GRANTS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> QUESTIONS = new ConcurrentHashMap<>();
    private static String url;

    private UploadServiceStub() {}

    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    /** A new raw key holding {@code sellers}. */
    public static String grant(String... sellers) {
        String key = "frk_test-" + UUID.randomUUID();
        GRANTS.put(key, List.of(sellers));
        return key;
    }

    /** How often sync-service has asked about {@code key}. */
    public static int questionsAbout(String key) {
        return QUESTIONS.getOrDefault(key, new AtomicInteger()).get();
    }

    private static String start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/v1/internal/api-keys/introspection", UploadServiceStub::introspect);
            server.start();
            return "http://localhost:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void introspect(HttpExchange exchange) throws IOException {
        if (!("Bearer " + SERVICE_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, Map.of("title", "Service token required"));
            return;
        }
        String key = FapiaoJson.mapper()
                .readTree(exchange.getRequestBody())
                .path("key")
                .asString();
        QUESTIONS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        List<String> sellers = GRANTS.get(key);
        answer(
                exchange,
                200,
                sellers == null
                        ? Map.of("active", false)
                        : Map.of(
                                "active",
                                true,
                                "keyId",
                                UUID.randomUUID(),
                                "name",
                                "erp-test",
                                "sellerTaxIds",
                                sellers));
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = FapiaoJson.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        try (var out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
