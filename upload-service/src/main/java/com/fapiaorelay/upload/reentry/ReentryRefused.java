package com.fapiaorelay.upload.reentry;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.kit.web.ApiProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A re-entry the pipeline cannot take as it stands. */
class ReentryRefused extends ApiProblem {

    private ReentryRefused(HttpStatus status, String detail) {
        super(status, "reentry-refused", "Re-entry refused", detail);
    }

    static ReentryRefused incomplete() {
        return new ReentryRefused(
                HttpStatus.BAD_REQUEST,
                "需要 correctionId、invoice、author 和 reviewer / correctionId, invoice, author and reviewer are required");
    }

    static ReentryRefused selfApproved(String person) {
        return new ReentryRefused(
                HttpStatus.FORBIDDEN,
                "录入人不能复核自己的补录（" + person + "）/ the author of a correction cannot approve it (" + person + ")");
    }

    static ReentryRefused invalid(List<Finding> findings) {
        ReentryRefused refused =
                new ReentryRefused(HttpStatus.BAD_REQUEST, "补录的发票未通过校验 / the re-entered invoice fails validation");
        refused.with("findings", findings);
        return refused;
    }

    static ReentryRefused unknownOriginal(InvoiceKey key) {
        return new ReentryRefused(HttpStatus.NOT_FOUND, "找不到被取代的发票 " + key + " / no invoice " + key + " to supersede");
    }

    static ReentryRefused inFlight(InvoiceKey key, InvoiceState state) {
        return new ReentryRefused(
                HttpStatus.CONFLICT,
                "发票 " + key + " 正在处理中（" + state + "），请等待其结束 / invoice " + key + " is in flight (" + state
                        + "): wait until it settles");
    }

    static ReentryRefused finalState(InvoiceKey key, InvoiceState state) {
        return new ReentryRefused(
                HttpStatus.CONFLICT,
                "发票 " + key + " 已是终态（" + state + "），不能替换 / invoice " + key + " is final (" + state
                        + "): its content cannot be replaced");
    }

    static ReentryRefused numberTaken(InvoiceKey key) {
        return new ReentryRefused(
                HttpStatus.CONFLICT,
                "发票号码 " + key + " 已被另一张发票使用 / the number " + key + " already belongs to another invoice");
    }
}
