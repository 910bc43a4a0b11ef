package com.fapiaorelay.upload.replay;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which invoices to replay: {@code keys} ({@code sellerTaxId:invoiceNumber}), a {@code sellerTaxId}, {@code states},
 * or several of them together, all of which must match. Only UPLOAD_FAILED and REJECTED invoices are ever replayed.
 */
record ReplayRequest(List<String> keys, String sellerTaxId, Set<InvoiceState> states) {

    static final Set<InvoiceState> REPLAYABLE = EnumSet.of(InvoiceState.UPLOAD_FAILED, InvoiceState.REJECTED);

    ReplayRequest {
        keys = keys == null ? List.of() : List.copyOf(keys);
        sellerTaxId = sellerTaxId == null || sellerTaxId.isBlank() ? null : sellerTaxId.strip();
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    /** The states to look in: the ones asked for, or every replayable state. */
    Set<InvoiceState> statesToReplay() {
        if (keys.isEmpty() && sellerTaxId == null && states.isEmpty()) {
            throw ReplayRequestInvalid.noSelection();
        }
        if (!REPLAYABLE.containsAll(states)) {
            throw ReplayRequestInvalid.notReplayable(states);
        }
        return states.isEmpty() ? REPLAYABLE : states;
    }

    List<InvoiceKey> invoiceKeys() {
        try {
            return keys.stream().map(InvoiceKey::parse).toList();
        } catch (IllegalArgumentException e) {
            throw ReplayRequestInvalid.badKey(e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "keys=" + keys + " seller=" + sellerTaxId + " states=" + states;
    }
}
