package com.fapiaorelay.upload.apikey;

import com.fapiaorelay.kit.web.ApiProblem;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** An administration request that cannot be carried out as asked. */
class ApiKeyRequestInvalid extends ApiProblem {

    private ApiKeyRequestInvalid(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    static ApiKeyRequestInvalid nameAndSellersRequired() {
        return new ApiKeyRequestInvalid(
                HttpStatus.BAD_REQUEST,
                "api-key-request-invalid",
                "API key request invalid",
                "需要名称和至少一个销售方税号 / a name and at least one seller tax ID are required");
    }

    static ApiKeyRequestInvalid notFound(UUID id) {
        return new ApiKeyRequestInvalid(
                HttpStatus.NOT_FOUND,
                "api-key-not-found",
                "API key not found",
                "没有未吊销的 API 密钥 " + id + " / no active API key " + id);
    }
}
