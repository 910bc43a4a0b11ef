package com.fapiaorelay.sync.callback;

import com.fapiaorelay.kit.web.ApiProblem;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** No webhook of that id that the caller may see: another ERP's is answered the same, so none is revealed. */
class SubscriptionNotFound extends ApiProblem {

    private SubscriptionNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "callback-not-found", "Callback not found", detail);
    }

    static SubscriptionNotFound forId(UUID id) {
        return new SubscriptionNotFound("没有编号为 " + id + " 的回调 / no callback " + id);
    }
}
