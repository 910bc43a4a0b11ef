package com.fapiaorelay.console;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The operators' console: a web application over the three services' REST APIs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsoleApplication {

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ConsoleApplication.class).properties("spring.config.name=console");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
