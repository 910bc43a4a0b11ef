package com.fapiaorelay.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server on a free local port that gives every request the same answer and keeps the last request's body
 * and {@code Authorization} header: a service on the other end of the wire, as far as the caller can tell.
 */
public final class StubServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<String> lastBody = new AtomicReference<>();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();

    private StubServer(int status, String contentType, String answer) {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public static StubServer answering(int status, String contentType, String body) {
        return new StubServer(status, contentType, body);
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String lastBody() {
        return lastBody.get();
    }

    public String lastAuthorization() {
        return lastAuthorization.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
