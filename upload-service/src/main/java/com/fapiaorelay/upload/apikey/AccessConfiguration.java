package com.fapiaorelay.upload.apikey;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Which paths need which credentials: ERP intake an API key, administration the admin token. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration implements WebMvcConfigurer {

    private final ApiKeyInterceptor apiKeys;
    private final AdminTokenInterceptor adminToken;

    AccessConfiguration(ApiKeyInterceptor apiKeys, AdminTokenInterceptor adminToken) {
        this.apiKeys = apiKeys;
        this.adminToken = adminToken;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(apiKeys).addPathPatterns("/api/v1/invoices/**", "/api/v1/imports/**");
        registry.addInterceptor(adminToken).addPathPatterns("/api/v1/admin/**");
    }
}
