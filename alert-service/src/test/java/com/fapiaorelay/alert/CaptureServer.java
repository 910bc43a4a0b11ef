package com.fapiaorelay.alert;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver for tests: records every request and fails the first ones whose body mentions a marker. It
 * answers success in the words of every robot: {@code errcode} 0 (DingTalk, WeCom) and {@code code} 0 (Feishu).
 */
public final class CaptureServer {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<FailureRule, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    private CaptureServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    public static CaptureServer start() {
        try {
            return new CaptureServer(HttpServer.create(new InetSocketAddress("localhost", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** The next {@code times} requests to {@code path} whose body contains {@code marker} are answered 500. */
    public void failFirst(String path, String marker, int times) {
        failuresLeft.put(new FailureRule(path, marker), new AtomicInteger(times));
    }

    /** Every request to {@code path} is answered 500 until {@link #stopFailing}. */
    public void failAll(String path) {
        failFirst(path, "", Integer.MAX_VALUE);
    }

    public void stopFailing(String path) {
        failuresLeft.keySet().removeIf(rule -> rule.path().equals(path));
    }

    /** Requests to {@code path} (query aside) whose body contains {@code marker}, in arrival order. */
    public List<Received> received(String path, String marker) {
        return received.stream()
                .filter(r -> r.path().equals(path) && r.body().contains(marker))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        int status = shouldFail(path, body) ? 500 : 200;
        received.add(new Received(
                path,
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("X-Fapiao-Signature"),
                body,
                status));
        byte[] answer =
                "{\"errcode\":0,\"errmsg\":\"ok\",\"code\":0,\"msg\":\"success\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private boolean shouldFail(String path, String body) {
        return failuresLeft.entrySet().stream()
                .anyMatch(entry ->
                        entry.getKey().matches(path, body) && entry.getValue().getAndDecrement() > 0);
    }

    private record FailureRule(String path, String marker) {

        boolean matches(String requestPath, String body) {
            return path.equals(requestPath) && body.contains(marker);
        }
    }

    /** One request as the receiver saw it, and the status it answered. */
    public record Received(String path, String rawQuery, String signature, String body, int status) {}
}
