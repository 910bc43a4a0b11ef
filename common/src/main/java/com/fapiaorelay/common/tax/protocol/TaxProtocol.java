package com.fapiaorelay.common.tax.protocol;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.TaxRecord;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Paths and bodies of the protocol (docs/tax-interface.md). */
public final class TaxProtocol {

    public static final String VERSION_PATH = "/api/version";
    public static final String V1 = "v1";
    public static final String V2 = "v2";
    public static final String UPLOAD_PATH = uploadPath(V2);
    public static final String LOOKUP_PATH = lookupPath(V2);
    public static final String UPLOADS_PATH = "/api/v2/uploads/";
    public static final String SUMMARY_PATH = "/api/v2/invoices/summary";
    public static final String LIST_PATH = "/api/v2/invoices/list";
    public static final String SERVER_TIME_HEADER = "X-Server-Time";
    public static final int MAX_BATCH = 1000;
    public static final int MAX_PAGE = 1000;
    public static final int MAX_BUCKETS = 1000;

    private TaxProtocol() {}

    public static String uploadPath(String version) {
        return "/api/" + version + "/invoices/upload";
    }

    public static String lookupPath(String version) {
        return "/api/" + version + "/invoices/lookup";
    }

    /** The versions a server speaks, preferred last. */
    public record VersionAnnouncement(List<String> versions) {}

    /** The body of every refusal: an authority-style code and a bilingual message. */
    public record ErrorAnswer(String code, String message) {}

    public record UploadRequest(List<Invoice> invoices) {

        private static final byte[] OPENING = "{\"invoices\":[".getBytes(StandardCharsets.UTF_8);
        private static final byte[] CLOSING = "]}".getBytes(StandardCharsets.UTF_8);

        /** The body of an upload request whose invoices are already JSON texts in UTF-8, copied once into it. */
        public static byte[] around(List<byte[]> invoiceJson) {
            int length = OPENING.length + Math.max(0, invoiceJson.size() - 1) + CLOSING.length;
            for (byte[] json : invoiceJson) {
                length += json.length;
            }
            ByteBuffer body = ByteBuffer.allocate(length).put(OPENING);
            for (int i = 0; i < invoiceJson.size(); i++) {
                if (i > 0) {
                    body.put((byte) ',');
                }
                body.put(invoiceJson.get(i));
            }
            return body.put(CLOSING).array();
        }
    }

    /** {@code serial} is the acceptance serial number (受理流水号) of the whole batch. */
    public record UploadResponse(String serial, List<UploadAnswer> results) {}

    /** {@code status} is ACCEPTED, DUPLICATE, CONFLICT or REJECTED. */
    public record UploadAnswer(
            String sellerTaxId, String invoiceNumber, String status, String receiptId, String code, String message) {}

    public record LookupRequest(List<InvoiceKey> keys) {}

    public record LookupResponse(List<TaxRecord> records) {}

    public record SummaryRequest(String sellerTaxId, LocalDateTime from, LocalDateTime to, int buckets) {}

    /** {@code from} and {@code to}, both optional, narrow the day to {@code [from, to)}. */
    public record ListRequest(
            String sellerTaxId, LocalDate day, LocalDateTime from, LocalDateTime to, String cursor, int pageSize) {}
}
