package com.fapiaorelay.common.tax.protocol;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxRecord;
import java.util.List;

/** Paths and bodies of protocol version 2. */
public final class TaxProtocol {

    public static final String UPLOAD_PATH = "/api/v2/invoices/upload";
    public static final String LOOKUP_PATH = "/api/v2/invoices/lookup";

    private TaxProtocol() {}

    public record UploadRequest(List<Invoice> invoices) {}

    /** {@code serial} is the acceptance serial number (受理流水号) of the whole batch. */
    public record UploadResponse(String serial, List<UploadAnswer> results) {}

    /** {@code status} is ACCEPTED, DUPLICATE, CONFLICT or REJECTED. */
    public record UploadAnswer(
            String sellerTaxId, String invoiceNumber, String status, String receiptId, String code, String message) {}

    public record LookupRequest(List<InvoiceKey> keys) {}

    public record LookupResponse(List<TaxRecord> records) {}
}
