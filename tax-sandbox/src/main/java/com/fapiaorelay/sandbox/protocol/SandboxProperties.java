package com.fapiaorelay.sandbox.protocol;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the sandbox behaves: {@code fapiao.sandbox.*}. {@code batchLatency} is added to every upload call. */
@ConfigurationProperties("fapiao.sandbox")
record SandboxProperties(@DefaultValue("0ms") Duration batchLatency) {}
