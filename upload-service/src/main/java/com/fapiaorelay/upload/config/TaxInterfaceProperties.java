package com.fapiaorelay.upload.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Where the tax interface is and how long we wait for it: {@code fapiao.tax.*}. */
@Validated
@ConfigurationProperties("fapiao.tax")
record TaxInterfaceProperties(
        URI baseUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout) {}
