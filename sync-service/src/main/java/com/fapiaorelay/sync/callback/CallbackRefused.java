package com.fapiaorelay.sync.callback;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A webhook registration we cannot accept: a stable {@code code}, the {@code field}, why, and the {@code fix}. */
class CallbackRefused extends ApiProblem {

    private CallbackRefused(String code, String field, String zh, String en, String fix) {
        super(HttpStatus.BAD_REQUEST, "callback-invalid", "Callback registration invalid", zh + " / " + en);
        with("code", code);
        with("field", field);
        with("fix", fix);
    }

    static CallbackRefused notAUrl() {
        return new CallbackRefused(
                "url-invalid",
                "url",
                "回调地址须为完整的 http(s) 地址",
                "url must be an absolute http(s) URL",
                "give the full URL, e.g. https://erp.example.com/fapiao/status");
    }

    static CallbackRefused notHttps() {
        return new CallbackRefused(
                "url-not-https", "url", "回调地址须为 https", "url must be https", "serve the receiver over TLS");
    }

    static CallbackRefused hostNotAllowed(String host) {
        return new CallbackRefused(
                "url-host-not-allowed",
                "url",
                "回调主机 " + host + " 不在允许列表中",
                "host " + host + " is not among the allowed receiver hosts",
                "use an allowed host, or ask the relay's operators to add it to fapiao.sync.callbacks.allowed-hosts");
    }

    static CallbackRefused internalHost(String host) {
        return new CallbackRefused(
                "url-host-internal",
                "url",
                "回调主机 " + host + " 是本机、内网或链路本地地址",
                "host " + host + " is a loopback, private, link-local or unqualified address",
                "use the receiver's public name; operators may allow an internal receiver in"
                        + " fapiao.sync.callbacks.allowed-internal-hosts");
    }

    static CallbackRefused secret() {
        return new CallbackRefused(
                "secret-length",
                "secret",
                "密钥需 16 至 256 个字符",
                "secret must have 16 to 256 characters",
                "use a random secret of 32 characters or more");
    }

    static CallbackRefused sellers() {
        return new CallbackRefused(
                "sellers-missing",
                "sellerTaxIds",
                "至少指定一个销售方",
                "name at least one seller",
                "list the sellers whose status changes you want in sellerTaxIds");
    }
}
