package com.fapiaorelay.console.backend;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** Builds the clients of the services: each with its base URL, calling as the logged-in person. */
final class BackendClients {

    private BackendClients() {}

    static RestClient client(RestClient.Builder builder, URI baseUrl, String service, PersonTokens people) {
        return builder.clone()
                .baseUrl(baseUrl.toString())
                .requestInterceptor(people.forService(service))
                .build();
    }

    /** The answer, or empty when the service says it holds nothing under that name. */
    static <T> Optional<T> unlessNotFound(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
