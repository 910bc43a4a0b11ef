package com.fapiaorelay.sync.callback;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A webhook registration we cannot accept, saying which field and why. */
class CallbackRefused extends ApiProblem {

    private CallbackRefused(String field, String zh, String en) {
        super(HttpStatus.BAD_REQUEST, "callback-invalid", "Callback registration invalid", zh + " / " + en);
        with("field", field);
    }

    static CallbackRefused url(String why) {
        return new CallbackRefused("url", "回调地址无效", "url " + why);
    }

    static CallbackRefused secret() {
        return new CallbackRefused("secret", "密钥需 16 至 256 个字符", "secret must have 16 to 256 characters");
    }

    static CallbackRefused sellers() {
        return new CallbackRefused("sellerTaxIds", "至少指定一个销售方", "name at least one seller");
    }
}
