package com.fapiaorelay.sync.access;

import com.fapiaorelay.sync.config.ApiProblem;
import org.springframework.http.HttpStatus;

/** No usable credentials on a request to the REST API, or none that can be checked right now. */
class CredentialsRefused extends ApiProblem {

    private CredentialsRefused(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    static CredentialsRefused missing() {
        return unauthorized(
                "api-key-required",
                "API key required",
                "请在 X-Api-Key 头中提供 API 密钥，或在 X-Admin-Token 头中提供管理令牌 / send your API key in X-Api-Key,"
                        + " or the admin token in X-Admin-Token");
    }

    static CredentialsRefused unknownKey() {
        return unauthorized(
                "api-key-unknown", "API key unknown or revoked", "API 密钥无效或已吊销 / the API key is unknown or revoked");
    }

    static CredentialsRefused wrongAdminToken() {
        return unauthorized(
                "admin-token-required",
                "Admin token required",
                "请在 X-Admin-Token 头中提供正确的管理令牌 / send the admin token in X-Admin-Token");
    }

    static CredentialsRefused uncheckable(String reason) {
        return new CredentialsRefused(
                HttpStatus.SERVICE_UNAVAILABLE,
                "api-key-check-unavailable",
                "API key cannot be checked",
                "暂时无法验证 API 密钥，请稍后重试 / the API key cannot be checked right now (" + reason + "); try again shortly");
    }

    private static CredentialsRefused unauthorized(String type, String title, String detail) {
        return new CredentialsRefused(HttpStatus.UNAUTHORIZED, type, title, detail);
    }
}
