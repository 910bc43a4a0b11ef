package com.fapiaorelay.upload.replay;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.kit.web.ApiProblem;
import java.util.Set;
import org.springframework.http.HttpStatus;

/** A replay request that selects nothing, or selects invoices replay must not touch. */
class ReplayRequestInvalid extends ApiProblem {

    private ReplayRequestInvalid(String detail) {
        super(HttpStatus.BAD_REQUEST, "replay-request-invalid", "Replay request invalid", detail);
    }

    static ReplayRequestInvalid noSelection() {
        return new ReplayRequestInvalid(
                "请按 keys、sellerTaxId 或 states 选择发票 / select invoices by keys, sellerTaxId or states");
    }

    static ReplayRequestInvalid notReplayable(Set<InvoiceState> states) {
        return new ReplayRequestInvalid("只能重放 " + ReplayRequest.REPLAYABLE + " 状态的发票 / only " + ReplayRequest.REPLAYABLE
                + " invoices are replayed, asked for " + states);
    }

    static ReplayRequestInvalid badKey(String why) {
        return new ReplayRequestInvalid("发票键应为 sellerTaxId:invoiceNumber / " + why);
    }
}
