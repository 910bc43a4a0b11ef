package com.fapiaorelay.sync.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpstreamEventsTest {

    private static final InvoiceKey FIRST = new InvoiceKey("91110108MA01AB3CX1", "26117000000000000001");
    private static final InvoiceKey SECOND = new InvoiceKey("91110108MA01AB3CX1", "26117000000000000002");

    @Test
    void splitsABatchSoNoRoundHoldsAnInvoiceTwiceAndEachInvoiceKeepsItsOrder() {
        var pending = event(FIRST, InvoiceState.UPLOAD_PENDING, 1);
        var other = event(SECOND, InvoiceState.UPLOAD_PENDING, 1);
        var uploaded = event(FIRST, InvoiceState.UPLOADED, 2);
        var replayed = event(FIRST, InvoiceState.UPLOAD_PENDING, 1);

        var rounds = UpstreamEvents.rounds(List.of(pending, other, uploaded, replayed));

        assertThat(rounds).containsExactly(List.of(pending, other), List.of(uploaded), List.of(replayed));
    }

    @Test
    void aBatchOfDistinctInvoicesIsOneRound() {
        var first = event(FIRST, InvoiceState.UPLOADED, 2);
        var second = event(SECOND, InvoiceState.REJECTED, 2);

        assertThat(UpstreamEvents.rounds(List.of(first, second))).containsExactly(List.of(first, second));
    }

    private static InvoiceStatusChanged event(InvoiceKey key, InvoiceState state, long version) {
        return InvoiceStatusChanged.of("upload-service", key, state, version, null, null, null, null);
    }
}
