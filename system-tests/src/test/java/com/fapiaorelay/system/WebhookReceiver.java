package com.fapiaorelay.system;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands for the team's alert webhook: answers 200 to every POST and counts them. */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger received = new AtomicInteger();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        WebhookReceiver receiver = new WebhookReceiver(server);
        server.createContext("/alerts", exchange -> {
            exchange.getRequestBody().readAllBytes();
            receiver.received.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/alerts";
    }

    int received() {
        return received.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
