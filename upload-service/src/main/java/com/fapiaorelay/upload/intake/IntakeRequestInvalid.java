package com.fapiaorelay.upload.intake;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A REST submission whose body is not one invoice or {@code {"invoices": [...]}} within the limits. */
class IntakeRequestInvalid extends ApiProblem {

    private IntakeRequestInvalid(HttpStatus status, String detail) {
        super(status, "intake-request-invalid", "Intake request invalid", detail);
    }

    static IntakeRequestInvalid unreadable(int index, String why) {
        return new IntakeRequestInvalid(
                HttpStatus.BAD_REQUEST, "第 " + index + " 张发票无法读取 / invoice " + index + " is unreadable: " + why);
    }

    static IntakeRequestInvalid empty() {
        return new IntakeRequestInvalid(
                HttpStatus.BAD_REQUEST,
                "请求中没有发票：请发送一张发票或 {\"invoices\": [...]} / no invoice: send one invoice or {\"invoices\": [...]}");
    }

    static IntakeRequestInvalid tooMany(int submitted, int limit) {
        return new IntakeRequestInvalid(
                HttpStatus.CONTENT_TOO_LARGE,
                "每次最多 " + limit + " 张发票，收到 " + submitted + " 张 / at most " + limit + " invoices per request, got "
                        + submitted);
    }
}
