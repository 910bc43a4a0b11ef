package com.fapiaorelay.sync;

import com.fapiaorelay.sandbox.TaxSandboxApplication;
import com.fapiaorelay.testsupport.SharedInfrastructure;

/** One real tax-sandbox per test JVM, over HTTP on a free port, with its records in the shared PostgreSQL. */
public final class SandboxServer {

    private static String url;

    private SandboxServer() {}

    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    private static String start() {
        int port = SharedInfrastructure.freePort();
        TaxSandboxApplication.application().run(com.fapiaorelay.testsupport.SandboxServer.properties(port));
        return "http://localhost:" + port;
    }
}
