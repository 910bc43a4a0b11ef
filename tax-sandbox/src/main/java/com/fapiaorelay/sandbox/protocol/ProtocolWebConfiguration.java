package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.sandbox.fault.Faults;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxProperties.class)
class ProtocolWebConfiguration implements WebMvcConfigurer {

    private final Faults faults;

    ProtocolWebConfiguration(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FaultInterceptor(faults)).addPathPatterns("/api/v1/**", "/api/v2/**", "/access/**");
    }
}
