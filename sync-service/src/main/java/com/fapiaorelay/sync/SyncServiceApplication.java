package com.fapiaorelay.sync;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Proves every uploaded invoice arrived in the tax system, and answers "where is my invoice?". */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SyncServiceApplication {

    /** The application with its own configuration file, so it can share a classpath with the other services. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(SyncServiceApplication.class).properties("spring.config.name=sync-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
