package com.fapiaorelay.sync.callback;

import com.fapiaorelay.common.json.FapiaoJson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * An ERP's webhook receiver on the JDK's HTTP server: answers 503 to its first {@code failures} requests, then 204
 * (400 for an invoice it is told to refuse), and keeps every request it took, with the headers that sign it.
 */
final class CallbackReceiver implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    private final AtomicInteger refused = new AtomicInteger();
    private final List<Taken> taken = new CopyOnWriteArrayList<>();
    private volatile String refusedInvoice = "";

    private CallbackReceiver(int failures) {
        this.failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/fapiao/status", this::handle);
        server.start();
    }

    static CallbackReceiver failingFirst(int failures) {
        return new CallbackReceiver(failures);
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/fapiao/status";
    }

    List<Taken> taken() {
        return List.copyOf(taken);
    }

    int refused() {
        return refused.get();
    }

    /** Answers 400 to every change of {@code invoiceNumber}, as a receiver that cannot store it would. */
    void refuseInvoice(String invoiceNumber) {
        refusedInvoice = invoiceNumber;
    }

    /** From now on takes every request. */
    void recover() {
        failuresLeft.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (failuresLeft.getAndUpdate(left -> Math.max(left - 1, 0)) > 0) {
            refused.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
        } else if (new String(body, StandardCharsets.UTF_8).contains("\"" + refusedInvoice + "\"")) {
            refused.incrementAndGet();
            exchange.sendResponseHeaders(400, -1);
        } else {
            var headers = exchange.getRequestHeaders();
            taken.add(new Taken(
                    headers.getFirst("X-Fapiao-Timestamp"),
                    headers.getFirst("X-Fapiao-Signature"),
                    headers.getFirst("X-Fapiao-Delivery"),
                    body));
            exchange.sendResponseHeaders(204, -1);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request taken: its timestamp, signature and delivery headers and its body's bytes. */
    record Taken(String timestamp, String signature, String delivery, byte[] body) {

        JsonNode change() {
            return FapiaoJson.mapper().readTree(body);
        }

        String invoiceNumber() {
            return change().path("invoiceNumber").asString();
        }
    }
}
