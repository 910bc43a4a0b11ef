package com.fapiaorelay.upload.apikey;

import com.fapiaorelay.upload.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** No usable credentials on a request that needs them. */
class ApiKeyRefused extends ApiProblem {

    private ApiKeyRefused(String type, String title, String detail) {
        super(HttpStatus.UNAUTHORIZED, type, title, detail);
    }

    static ApiKeyRefused missing() {
        return new ApiKeyRefused(
                "api-key-required", "API key required", "请在 X-Api-Key 头中提供 API 密钥 / send your API key in X-Api-Key");
    }

    static ApiKeyRefused unknown() {
        return new ApiKeyRefused(
                "api-key-unknown", "API key unknown or revoked", "API 密钥无效或已吊销 / the API key is unknown or revoked");
    }

    static ApiKeyRefused wrongAdminToken() {
        return new ApiKeyRefused(
                "admin-token-required",
                "Admin token required",
                "请在 X-Admin-Token 头中提供正确的管理令牌 / send the admin token in X-Admin-Token");
    }

    static ApiKeyRefused wrongServiceToken() {
        return new ApiKeyRefused(
                "service-token-required",
                "Service token required",
                "请在 X-Service-Token 头中提供正确的服务令牌 / send the service token in X-Service-Token");
    }
}
