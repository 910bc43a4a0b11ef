package com.fapiaorelay.upload.intake;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A request body over its door's limit, in bytes; the answer names the limit. */
class BodyTooLarge extends ApiProblem {

    private BodyTooLarge(long limit) {
        super(
                HttpStatus.CONTENT_TOO_LARGE,
                "body-too-large",
                "Body too large",
                "请求体超过上限 " + limit + " 字节 / the request body is over the limit of " + limit + " bytes");
        with("limitBytes", limit);
    }

    static BodyTooLarge over(long limit) {
        return new BodyTooLarge(limit);
    }
}
