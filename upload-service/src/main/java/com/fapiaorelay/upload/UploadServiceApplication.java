package com.fapiaorelay.upload;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class UploadServiceApplication {

    /** The application with its own configuration file, so it can share a classpath with the other services. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(UploadServiceApplication.class)
                .properties("spring.config.name=upload-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
