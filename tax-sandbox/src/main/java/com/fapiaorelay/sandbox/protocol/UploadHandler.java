package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.invoice.ContentHash;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadAnswer;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadResponse;
import com.fapiaorelay.sandbox.record.TaxRecords;
import com.fapiaorelay.sandbox.record.TaxRecords.StoredRecord;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a batch the way a tax system would: the invoice number is the idempotency key. */
@Service
class UploadHandler {

    private final TaxRecords records;

    UploadHandler(TaxRecords records) {
        this.records = records;
    }

    @Transactional
    UploadResponse upload(List<Invoice> invoices) {
        String serial = UUID.randomUUID().toString();
        return new UploadResponse(serial, invoices.stream().map(this::store).toList());
    }

    private UploadAnswer store(Invoice invoice) {
        if (invoice.totalAmount().add(invoice.totalTax()).compareTo(invoice.grandTotal()) != 0) {
            return answer(invoice, "REJECTED", null, "E1001", "价税合计不等于金额与税额之和 / total incl. tax ≠ amount + tax");
        }
        String hash = ContentHash.of(invoice);
        StoredRecord stored = records.store(invoice, hash, "R" + UUID.randomUUID());
        if (stored.uploadCount() == 1) {
            return answer(invoice, "ACCEPTED", stored.receiptId(), null, null);
        }
        return stored.contentHash().equals(hash)
                ? answer(invoice, "DUPLICATE", stored.receiptId(), "W2001", "发票已上传 / already uploaded")
                : answer(
                        invoice,
                        "CONFLICT",
                        stored.receiptId(),
                        "E2002",
                        "发票号码已存在且内容不同 / number held with other content");
    }

    private static UploadAnswer answer(Invoice invoice, String status, String receiptId, String code, String message) {
        return new UploadAnswer(invoice.sellerTaxId(), invoice.invoiceNumber(), status, receiptId, code, message);
    }
}
