package com.fapiaorelay.upload.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayRequestTest {

    @Test
    void selectionBySellerLooksInEveryReplayableState() {
        ReplayRequest bySeller = new ReplayRequest(null, "91110108MA01AB3CX1", null);

        assertThat(bySeller.statesToReplay())
                .containsExactlyInAnyOrder(InvoiceState.UPLOAD_FAILED, InvoiceState.REJECTED);
    }

    @Test
    void requestSelectingNothingOrUploadedInvoicesIsRefused() {
        assertThatThrownBy(() -> new ReplayRequest(List.of(), " ", Set.of()).statesToReplay())
                .isInstanceOf(ReplayRequestInvalid.class);
        assertThatThrownBy(() -> new ReplayRequest(null, null, Set.of(InvoiceState.UPLOADED)).statesToReplay())
                .isInstanceOf(ReplayRequestInvalid.class);
    }

    @Test
    void keysMustNameSellerAndNumber() {
        assertThatThrownBy(() -> new ReplayRequest(List.of("no-colon"), null, null).invoiceKeys())
                .isInstanceOf(ReplayRequestInvalid.class);
    }
}
