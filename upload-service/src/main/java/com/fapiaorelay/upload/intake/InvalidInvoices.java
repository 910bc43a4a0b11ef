package com.fapiaorelay.upload.intake;

import com.fapiaorelay.kit.web.ApiProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A REST submission in which some invoice has validation errors: nothing of it was stored. */
class InvalidInvoices extends ApiProblem {

    private InvalidInvoices(String detail, List<InvalidInvoice> invalid) {
        super(HttpStatus.BAD_REQUEST, "invalid-invoice", "Invoice failed validation", detail);
        with("invoices", invalid);
    }

    static InvalidInvoices of(List<InvalidInvoice> invalid, int submitted) {
        return new InvalidInvoices(
                submitted + " 张发票中有 " + invalid.size() + " 张未通过校验，本次请求未保存任何发票；请按 suggestedFix 更正后重新提交 / "
                        + invalid.size() + " of " + submitted
                        + " invoices failed validation and nothing was stored; correct them (see suggestedFix) and resubmit",
                invalid);
    }
}
