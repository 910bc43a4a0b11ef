package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.SyncIntegrationTest;
import java.util.UUID;

/** Status events as upload-service would publish them, and sellers no other test writes for. */
final class UpstreamTestEvents {

    private UpstreamTestEvents() {}

    static InvoiceStatusChanged upstream(Invoice invoice, InvoiceState state, long version, String code) {
        return InvoiceStatusChanged.of(
                SyncIntegrationTest.UPLOAD_SERVICE,
                invoice.key(),
                state,
                version,
                code,
                code == null ? null : "reason " + code,
                null,
                InvoiceFigures.of(invoice));
    }

    static String newSeller() {
        return "9111"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }
}
