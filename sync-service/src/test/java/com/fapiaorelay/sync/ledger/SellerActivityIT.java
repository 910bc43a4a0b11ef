package com.fapiaorelay.sync.ledger;

import static com.fapiaorelay.sync.ledger.UpstreamTestEvents.newSeller;
import static com.fapiaorelay.sync.ledger.UpstreamTestEvents.upstream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.testsupport.TestInvoices;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sellers' activity stamp that the silence watch reads, as upstream rounds write it. */
class SellerActivityIT extends SyncIntegrationTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 12, 3, 12, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    LedgerRows rows;

    @Autowired
    LedgerRecordRows records;

    @Test
    void stampsASellersNewInvoicesAtMostOnceASecondAndNeverBackwards() {
        String seller = newSeller();

        submitNew(seller, NOON);
        submitNew(seller, NOON.plusNanos(999_000_000));
        assertThat(lastSubmission(seller)).contains(NOON);

        submitNew(seller, NOON.plusSeconds(1));
        assertThat(lastSubmission(seller)).contains(NOON.plusSeconds(1));

        submitNew(seller, NOON.minusSeconds(5));
        assertThat(lastSubmission(seller)).contains(NOON.plusSeconds(1));
    }

    @Test
    void laterVersionsOfAnInvoiceAreNotASubmission() {
        String seller = newSeller();
        Invoice invoice = TestInvoices.invoice(seller, "10.00");
        apply(invoice, InvoiceState.UPLOAD_PENDING, 1, NOON);

        apply(invoice, InvoiceState.UPLOADED, 2, NOON.plusMinutes(5));

        assertThat(lastSubmission(seller)).contains(NOON);
    }

    private void submitNew(String seller, OffsetDateTime now) {
        apply(TestInvoices.invoice(seller, "10.00"), InvoiceState.UPLOAD_PENDING, 1, now);
    }

    private void apply(Invoice invoice, InvoiceState state, long version, OffsetDateTime now) {
        rows.applyUpstream(List.of(new UpstreamChange(upstream(invoice, state, version, null), null)), now);
    }

    private Optional<OffsetDateTime> lastSubmission(String seller) {
        return records.lastSubmission(List.of(seller)).map(stamp -> stamp.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
