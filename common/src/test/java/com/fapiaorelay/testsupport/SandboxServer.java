package com.fapiaorelay.testsupport;

/** Where a test's tax-sandbox listens; modules that depend on tax-sandbox start it with these settings. */
public final class SandboxServer {

    private SandboxServer() {}

    /** Command-line style properties that point a sandbox at the shared PostgreSQL on {@code port}. */
    public static String[] properties(int port) {
        var infrastructure = SharedInfrastructure.get();
        return new String[] {
            "--server.port=" + port,
            "--spring.datasource.url=" + infrastructure.jdbcUrl("sandbox"),
            "--spring.datasource.username=" + infrastructure.username(),
            "--spring.datasource.password=" + infrastructure.password()
        };
    }
}
