package com.fapiaorelay.common.tax.leqi;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/** One POST to 乐企; the connector's tests answer it themselves to play every kind of bad wire input. */
@FunctionalInterface
interface LeqiTransport {

    Reply post(String path, Map<String, String> headers, String body) throws IOException;

    /** The HTTP status, the body, and the wait the server asked for (null when it did not). */
    record Reply(int status, String body, Duration retryAfter) {}
}
