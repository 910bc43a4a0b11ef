package com.fapiaorelay.standalone.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A port nothing listens on at this moment, and never one this JVM handed out before: the system may offer a port
 * again once its probe socket is closed, and a cluster's layout takes a dozen before any process binds one (two
 * brokers given the same port was a campaign's first failure).
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    public static int next() {
        int port;
        do {
            port = probe();
        } while (!HANDED_OUT.add(port));
        return port;
    }

    private static int probe() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
