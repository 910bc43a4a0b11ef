package com.fapiaorelay.kit.auth;

import java.security.Principal;
import java.util.Optional;

/**
 * How a service that accepts ERP API keys ({@code X-Api-Key}) learns whose a key is: the ERP client as a principal,
 * or empty for a key unknown or revoked. May throw {@link ApiKeyUncheckable} when it cannot tell right now.
 */
public interface ApiKeyVerifier {

    String HEADER = "X-Api-Key";

    Optional<? extends Principal> verify(String rawKey);
}
