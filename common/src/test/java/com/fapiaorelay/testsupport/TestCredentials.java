package com.fapiaorelay.testsupport;

import com.fapiaorelay.kit.auth.UserTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The credentials tests call the services with: the {@code dev} profile's tokens of the calling services, and tokens
 * for people signed as the console signs them. The one place tests learn how to authenticate.
 */
public final class TestCredentials {

    /** The {@code dev} profile's key the console signs people's tokens with (every service's yml has it). */
    public static final String USER_TOKEN_KEY = "fapiao-relay-dev-user-token-key-do-not-use-in-production";

    public static final String OPS_TOKEN = "fapiao-relay-dev-ops-token";
    public static final String SCRAPE_TOKEN = "fapiao-relay-dev-scrape-token";
    public static final String SYNC_CALLER_TOKEN = "fapiao-relay-dev-sync-caller-token";
    public static final String ALERTMANAGER_TOKEN = "fapiao-relay-dev-alertmanager-token";

    private static final UserTokens SIGNER =
            new UserTokens(USER_TOKEN_KEY, "console", Duration.ofMinutes(10), Clock.systemUTC());

    private TestCredentials() {}

    /** The {@code Authorization} header's value for {@code token}. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A person's token for {@code service} (its application name), as the console would sign it. */
    public static String person(String service, String user, String... roles) {
        return SIGNER.sign(user, List.of(roles), service);
    }

    /** An OPERATOR named {@code test-operator}: what most tests act as. */
    public static String operator(String service) {
        return person(service, "test-operator", "OPERATOR");
    }

    public static String admin(String service) {
        return person(service, "test-admin", "ADMIN");
    }
}
