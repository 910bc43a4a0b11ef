package com.fapiaorelay.upload.apikey;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Which paths need which credentials: ERP intake an API key, administration the admin token, other services'
 * questions about API keys the service token.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration implements WebMvcConfigurer {

    private final ApiKeyInterceptor apiKeys;
    private final AdminTokenInterceptor adminToken;
    private final ServiceTokenInterceptor serviceToken;

    AccessConfiguration(
            ApiKeyInterceptor apiKeys, AdminTokenInterceptor adminToken, ServiceTokenInterceptor serviceToken) {
        this.apiKeys = apiKeys;
        this.adminToken = adminToken;
        this.serviceToken = serviceToken;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(apiKeys)
                .addPathPatterns("/api/v1/invoices/**", "/api/v1/imports/**", "/api/v1/extractions/**");
        registry.addInterceptor(adminToken).addPathPatterns("/api/v1/admin/**");
        registry.addInterceptor(serviceToken).addPathPatterns("/api/v1/internal/**");
    }
}
