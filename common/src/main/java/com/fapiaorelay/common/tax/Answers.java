package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.ErrorAnswer;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;

/** Reads the parts of a refusal the client acts on: the error code and the wait the server asked for. */
final class Answers {

    private Answers() {}

    static String errorCode(HttpResponse<String> response) {
        ErrorAnswer error = error(response);
        return error == null || error.code() == null ? "HTTP_" + response.statusCode() : error.code();
    }

    static String errorMessage(HttpResponse<String> response) {
        ErrorAnswer error = error(response);
        return error == null || error.message() == null ? response.body() : error.message();
    }

    /** Seconds, or an HTTP date, as RFC 9110 allows; null when absent or unreadable. */
    static Duration retryAfter(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Retry-After")
                .map(Answers::parseRetryAfter)
                .orElse(null);
    }

    static Duration parseRetryAfter(String value) {
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit) && !trimmed.isEmpty()) {
            return Duration.ofSeconds(Long.parseLong(trimmed));
        }
        try {
            Duration wait = Duration.between(
                    ZonedDateTime.now(Clock.systemUTC()),
                    ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME));
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ErrorAnswer error(HttpResponse<String> response) {
        String body = response.body();
        if (body == null || !body.trim().startsWith("{")) {
            return null;
        }
        try {
            return FapiaoJson.mapper().readValue(body, ErrorAnswer.class);
        } catch (JacksonException e) {
            return null;
        }
    }
}
