package com.fapiaorelay.common.tax.leqi;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The acceptance serials (受理流水号, {@code sllsh}) of our upload attempts, per invoice, with the figures we sent:
 * 乐企 can be asked about an upload only by its serial. Kept in memory, the newest invoices first, so after a restart
 * an invoice uploaded before it cannot be asked about (docs/leqi.md, "What is left").
 */
final class UploadSerials {

    private static final int SERIALS_PER_INVOICE = 8;

    private final Map<InvoiceKey, List<Attempt>> byKey;

    UploadSerials(int invoicesKept) {
        this.byKey = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<InvoiceKey, List<Attempt>> eldest) {
                return size() > invoicesKept;
            }
        };
    }

    synchronized void remember(List<Invoice> invoices, String serial) {
        for (Invoice invoice : invoices) {
            List<Attempt> attempts = byKey.computeIfAbsent(invoice.key(), k -> new ArrayList<>());
            attempts.add(0, new Attempt(serial, invoice.totalAmount(), invoice.totalTax(), invoice.issuedAt()));
            if (attempts.size() > SERIALS_PER_INVOICE) {
                attempts.remove(attempts.size() - 1);
            }
        }
    }

    /** The attempts kept for these keys, newest first; keys without any are absent. */
    synchronized Map<InvoiceKey, List<Attempt>> attempts(List<InvoiceKey> keys) {
        Map<InvoiceKey, List<Attempt>> found = new LinkedHashMap<>();
        keys.forEach(key -> {
            List<Attempt> attempts = byKey.get(key);
            if (attempts != null) {
                found.put(key, List.copyOf(attempts));
            }
        });
        return found;
    }

    /** One upload attempt of one invoice: its serial and the figures it carried. */
    record Attempt(String serial, BigDecimal totalAmount, BigDecimal totalTax, LocalDateTime issuedAt) {}
}
