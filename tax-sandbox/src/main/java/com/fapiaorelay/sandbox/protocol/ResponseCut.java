package com.fapiaorelay.sandbox.protocol;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Loses an answer the way a reset connection does: the headers promise a body, a fragment is sent, and the
 * connection is closed ({@code Connection: close}). The client sees an I/O error after the server did its work.
 */
final class ResponseCut {

    private ResponseCut() {}

    static void cut(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setContentLength(4096);
        response.setHeader("Connection", "close");
        response.getOutputStream().write("{\"serial\":\"".getBytes(StandardCharsets.US_ASCII));
        response.flushBuffer();
    }
}
