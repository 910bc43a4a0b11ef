package com.fapiaorelay.sync.callback;

import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * POSTs one change to its receiver, signed. Any 2xx is taken; anything else (redirects are not followed, so a
 * receiver cannot send us elsewhere) is a failure described for the dead-letter view. A 4xx other than 408 and 429
 * is the receiver refusing this change; no answer, a 5xx, 408 or 429 means the receiver is not taking anything now.
 */
@Component
class CallbackSender {

    private final HttpClient http;
    private final CallbackProperties properties;
    private final Clock clock;

    CallbackSender(CallbackProperties properties, Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.properties = properties;
        this.clock = clock;
    }

    /** Empty when the receiver took it; otherwise what went wrong. */
    Optional<Failure> send(Delivery delivery) {
        byte[] body = FapiaoJson.mapper().writeValueAsBytes(delivery.change());
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP, Long.toString(timestamp))
                .header(CallbackSignature.SIGNATURE, CallbackSignature.sign(delivery.secret(), timestamp, body))
                .header(CallbackSignature.DELIVERY, Long.toString(delivery.id()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return Optional.empty();
            }
            boolean refusesThisChange = status / 100 == 4 && status != 408 && status != 429;
            return Optional.of(new Failure("HTTP " + status, !refusesThisChange));
        } catch (IOException e) {
            return Optional.of(new Failure(e.getClass().getSimpleName() + ": " + e.getMessage(), true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new Failure("interrupted", true));
        }
    }

    /** What went wrong, and whether the receiver takes nothing now (so its other changes should wait too). */
    record Failure(String reason, boolean receiverDown) {}
}
