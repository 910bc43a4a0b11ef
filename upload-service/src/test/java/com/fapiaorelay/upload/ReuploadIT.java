package com.fapiaorelay.upload;

import static com.fapiaorelay.upload.StatusAwait.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.event.ReuploadRequested;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.testsupport.TestInvoices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReuploadIT extends UploadServiceTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void reuploadOfAnInvoiceThatArrivedMeanwhileIsLookedUpNotSentAgain() {
        Invoice invoice = TestInvoices.invoice();
        erp.publish(Topics.INVOICES_SUBMITTED, invoice.key().toString(), InvoiceSubmitted.of("test-erp", invoice));
        awaitStatus(invoice.key(), InvoiceState.UPLOADED, 2);

        erp.publish(
                Topics.INVOICES_REUPLOAD,
                invoice.key().toString(),
                ReuploadRequested.of("sync-service", invoice.key(), 1, "not visible by the deadline"));

        assertThat(awaitStatus(invoice.key(), InvoiceState.OUTCOME_UNKNOWN, 3).reasonCode())
                .isEqualTo("REUPLOAD");
        InvoiceStatusChanged uploaded = awaitStatus(invoice.key(), InvoiceState.UPLOADED, 4);
        assertThat(uploaded.receiptId()).isNotBlank();
        assertThat(jdbc.sql("SELECT upload_count FROM sandbox.tax_record WHERE invoice_number = ?")
                        .param(invoice.invoiceNumber())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReplayedReuploadRequestForTheSameRoundChangesNothing() {
        Invoice invoice = TestInvoices.invoice();
        erp.publish(Topics.INVOICES_SUBMITTED, invoice.key().toString(), InvoiceSubmitted.of("test-erp", invoice));
        awaitStatus(invoice.key(), InvoiceState.UPLOADED, 2);
        ReuploadRequested request = ReuploadRequested.of("sync-service", invoice.key(), 1, "not visible");

        erp.publish(Topics.INVOICES_REUPLOAD, invoice.key().toString(), request);
        awaitStatus(invoice.key(), InvoiceState.UPLOADED, 4);
        erp.publish(Topics.INVOICES_REUPLOAD, invoice.key().toString(), request);
        Invoice marker = TestInvoices.invoice();
        erp.publish(Topics.INVOICES_SUBMITTED, marker.key().toString(), InvoiceSubmitted.of("test-erp", marker));
        awaitStatus(marker.key(), InvoiceState.UPLOADED, 2);

        assertThat(statusEventsFor(invoice.key())).hasSize(4);
    }
}
