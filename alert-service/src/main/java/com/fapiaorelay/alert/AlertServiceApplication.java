package com.fapiaorelay.alert;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Turns anomalies into alerts and delivers them to on-call channels. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AlertServiceApplication {

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(AlertServiceApplication.class)
                .properties("spring.config.name=alert-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
