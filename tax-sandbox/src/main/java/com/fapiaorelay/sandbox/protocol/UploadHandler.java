package com.fapiaorelay.sandbox.protocol;

import com.fapiaorelay.common.invoice.ContentHash;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadAnswer;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadResponse;
import com.fapiaorelay.sandbox.fault.Faults;
import com.fapiaorelay.sandbox.fault.Faults.InvoiceFate;
import com.fapiaorelay.sandbox.fault.InjectedFaults.Kind;
import com.fapiaorelay.sandbox.protocol.InvoiceChecks.Rejection;
import com.fapiaorelay.sandbox.record.NewRecord;
import com.fapiaorelay.sandbox.record.TaxRecordRows;
import com.fapiaorelay.sandbox.record.TaxRecordRows.StoredRecord;
import com.fapiaorelay.sandbox.record.UploadBatchRows;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a batch the way a tax system would: the invoice number is the idempotency key; faults decide the rest. */
@Service
class UploadHandler {

    private static final BigDecimal ALTERATION = new BigDecimal("0.01");
    private static final HexFormat HEX = HexFormat.of();

    private final TaxRecordRows records;
    private final UploadBatchRows batches;
    private final Faults faults;
    private final Clock clock;

    UploadHandler(TaxRecordRows records, UploadBatchRows batches, Faults faults, Clock clock) {
        this.records = records;
        this.batches = batches;
        this.faults = faults;
        this.clock = clock;
    }

    /** The batch's answer as JSON, stored under its serial and sent as it is. */
    @Transactional
    String upload(List<Invoice> invoices) {
        List<Arrival> arrivals = invoices.stream().map(this::arrive).toList();
        List<NewRecord> toStore = new ArrayList<>();
        arrivals.stream().filter(Arrival::toBeStored).forEach(a -> toStore.add(newRecord(a)));
        Map<InvoiceKey, StoredRecord> stored = records.store(toStore);
        UploadResponse response = new UploadResponse(
                Serials.next(clock),
                arrivals.stream().map(a -> answer(a, stored)).toList());
        String json = FapiaoJson.mapper().writeValueAsString(response);
        batches.save(response.serial(), json);
        return json;
    }

    private Arrival arrive(Invoice invoice) {
        InvoiceFate fate = faults.drawInvoice();
        Optional<Rejection> rejection = InvoiceChecks.rejection(invoice);
        return rejection.isPresent()
                ? new Arrival(invoice, null, InvoiceFate.NORMAL, rejection.get())
                : new Arrival(invoice, ContentHash.of(invoice), fate, null);
    }

    private NewRecord newRecord(Arrival arrival) {
        Invoice invoice = arrival.invoice();
        InvoiceFate fate = arrival.fate();
        countIf(!fate.delay().isZero(), Kind.DELAY);
        countIf(fate.altered(), Kind.ALTER);
        return new NewRecord(
                invoice.key(),
                receipt(),
                arrival.contentHash(),
                fate.altered() ? invoice.totalAmount().add(ALTERATION) : invoice.totalAmount(),
                invoice.totalTax(),
                invoice.issuedAt(),
                invoice.colour() == InvoiceColour.RED,
                fate.delay());
    }

    private UploadAnswer answer(Arrival arrival, Map<InvoiceKey, StoredRecord> stored) {
        Invoice invoice = arrival.invoice();
        if (arrival.rejection() != null) {
            return answer(
                    invoice,
                    "REJECTED",
                    null,
                    arrival.rejection().code(),
                    arrival.rejection().message());
        }
        if (arrival.fate().lost()) {
            faults.count(Kind.SILENT_LOSS);
            return answer(invoice, "ACCEPTED", receipt(), null, null);
        }
        StoredRecord record = stored.get(invoice.key());
        if (record.uploadCount() == 1) {
            return answer(invoice, "ACCEPTED", record.receiptId(), null, null);
        }
        return record.contentHash().equals(arrival.contentHash())
                ? answer(invoice, "DUPLICATE", record.receiptId(), "W2001", "发票已上传 / already uploaded")
                : answer(
                        invoice,
                        "CONFLICT",
                        record.receiptId(),
                        "E2002",
                        "发票号码已存在且内容不同 / number held with other content");
    }

    private void countIf(boolean happened, Kind kind) {
        if (happened) {
            faults.count(kind);
        }
    }

    /** Unique, not secret: a UUID's secure random source cost more than the rest of an invoice's answer. */
    private static String receipt() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "R" + HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }

    private static UploadAnswer answer(Invoice invoice, String status, String receiptId, String code, String message) {
        return new UploadAnswer(invoice.sellerTaxId(), invoice.invoiceNumber(), status, receiptId, code, message);
    }

    /** One invoice of the batch: its content hash, what the faults decided, or why it is refused. */
    private record Arrival(Invoice invoice, String contentHash, InvoiceFate fate, Rejection rejection) {

        boolean toBeStored() {
            return rejection == null && !fate.lost();
        }
    }
}
