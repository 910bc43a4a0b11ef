package com.fapiaorelay.sandbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class TaxSandboxApplication {

    /** The application with its own configuration file, so it can share a classpath with the services. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(TaxSandboxApplication.class).properties("spring.config.name=tax-sandbox");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
