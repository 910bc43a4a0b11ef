package com.fapiaorelay.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.kit.auth.EndpointRole;
import com.fapiaorelay.kit.auth.EndpointRoles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every request mapping of a running service, so an endpoint added tomorrow cannot be forgotten: each must be
 * in the service's {@link EndpointRoles}, refuse a request without credentials with 401, and one whose roles fall
 * short with 403.
 */
public final class GuardedEndpoints {

    private static final List<String> PEOPLE = List.of("VIEWER", "OPERATOR", "REVIEWER", "ADMIN");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GuardedEndpoints() {}

    /** Checks every endpoint; answers how many method-and-path pairs were walked. */
    public static int check(ApplicationContext context, int port, String service) {
        var mappings = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        EndpointRoles table = context.getBean(EndpointRoles.class);
        List<String> failures = new ArrayList<>();
        int walked = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                for (HttpMethod method : methods(info)) {
                    walked++;
                    failures.addAll(problems(table, port, service, method, pattern));
                }
            }
        }
        assertThat(failures).isEmpty();
        return walked;
    }

    private static List<String> problems(
            EndpointRoles table, int port, String service, HttpMethod method, String pattern) {
        if (pattern.equals("/error")) {
            return List.of();
        }
        String path = pattern.replaceAll("\\{[^}]*}", "1");
        EndpointRole row = table.guarding(method, path).orElse(null);
        if (row == null) {
            return List.of(method + " " + pattern + " is in no row of the service's EndpointRoles");
        }
        List<String> problems = new ArrayList<>();
        int anonymous = status(port, method, path, null);
        if (anonymous != 401) {
            problems.add(method + " " + pattern + " without credentials answered " + anonymous);
        }
        String[] shortOf = rolesShortOf(row);
        int wrongRole = status(port, method, path, TestCredentials.person(service, "test-short-of-role", shortOf));
        if (wrongRole != 403) {
            problems.add(method + " " + pattern + " with roles " + List.of(shortOf) + " answered " + wrongRole);
        }
        return problems;
    }

    /** The people's roles below the lowest the row accepts; every person's role when it accepts no person. */
    private static String[] rolesShortOf(EndpointRole row) {
        int lowest = row.roles().stream()
                .filter(PEOPLE::contains)
                .mapToInt(PEOPLE::indexOf)
                .min()
                .orElse(PEOPLE.size());
        return PEOPLE.subList(0, lowest).toArray(String[]::new);
    }

    private static Set<HttpMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        return declared.isEmpty()
                ? Set.of(HttpMethod.GET)
                : Set.copyOf(
                        declared.stream().map(m -> HttpMethod.valueOf(m.name())).toList());
    }

    private static int status(int port, HttpMethod method, String path, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method.name(), HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", TestCredentials.bearer(token));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }
}
