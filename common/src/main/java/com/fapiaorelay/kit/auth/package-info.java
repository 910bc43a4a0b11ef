/**
 * How every service authenticates its callers: a bearer token per calling service, a short-lived token the console
 * signs for the logged-in person, ERP API keys; the roles each endpoint needs; and the refusal to start with
 * development secrets outside the {@code dev} profile.
 */
package com.fapiaorelay.kit.auth;
