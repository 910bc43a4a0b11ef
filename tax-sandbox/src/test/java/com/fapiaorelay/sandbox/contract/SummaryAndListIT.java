package com.fapiaorelay.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.SummaryBucket;
import com.fapiaorelay.common.tax.SummaryChecksum;
import com.fapiaorelay.common.tax.TaxInterfaceUnavailable;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.TaxRecordPage;
import com.fapiaorelay.common.tax.TaxSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryAndListIT extends SandboxContractBase {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final LocalDateTime START = DAY.atStartOfDay();

    @Test
    void bucketsAddUpToTheTotalsAndCarryTheRecordsChecksum() {
        String seller = freshSeller();
        List<Invoice> invoices = fiveInvoicesOneRed(seller);
        HttpTaxInterface tax = client();
        tax.upload(invoices);

        TaxSummary summary = tax.summarize(seller, START, START.plusDays(1), 4);

        assertThat(summary.buckets())
                .hasSize(4)
                .extracting(SummaryBucket::count)
                .containsExactly(2L, 1L, 0L, 2L);
        SummaryBucket total = summary.total();
        assertThat(total.count()).isEqualTo(5);
        assertThat(total.redCount()).isEqualTo(1);
        assertThat(total.amount()).isEqualByComparingTo(sum(invoices));
        assertThat(total)
                .isEqualTo(tax.summarize(seller, START, START.plusDays(1), 1)
                        .buckets()
                        .get(0));
        assertThat(total.checksum())
                .isEqualTo(SummaryChecksum.of(
                        tax.lookup(invoices.stream().map(Invoice::key).toList())));
    }

    @Test
    void checksumChangesWhenOneAmountIsHeldAltered() {
        String seller = freshSeller();
        List<Invoice> invoices = fiveInvoicesOneRed(seller);
        HttpTaxInterface tax = client();
        tax.upload(invoices.subList(0, 4));
        faults("alter-rate=1");
        tax.upload(invoices.subList(4, 5));

        SummaryBucket held = tax.summarize(seller, START, START.plusDays(1), 1).total();

        assertThat(held.count()).isEqualTo(5);
        assertThat(held.checksum()).isNotEqualTo(SummaryChecksum.of(asRecords(invoices)));
    }

    @Test
    void listsADayPageByPageInNumberOrder() {
        String seller = freshSeller();
        List<Invoice> invoices = fiveInvoicesOneRed(seller);
        HttpTaxInterface tax = client();
        tax.upload(invoices);

        List<TaxRecordPage> pages = new ArrayList<>();
        String cursor = null;
        do {
            TaxRecordPage page = tax.list(seller, START, START.plusDays(1), cursor, 2);
            pages.add(page);
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(pages).extracting(page -> page.records().size()).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(p -> p.records().stream()).map(TaxRecord::invoiceNumber))
                .containsExactlyElementsOf(
                        invoices.stream().map(Invoice::invoiceNumber).sorted().toList());
    }

    @Test
    void listsOnlyTheTimeRangeAskedFor() {
        String seller = freshSeller();
        List<Invoice> invoices = fiveInvoicesOneRed(seller);
        HttpTaxInterface tax = client();
        tax.upload(invoices);

        TaxRecordPage page = tax.list(seller, START.plusHours(5), START.plusHours(7), null, 10);

        assertThat(page.last()).isTrue();
        assertThat(page.records())
                .extracting(TaxRecord::invoiceNumber)
                .containsExactlyInAnyOrder(
                        invoices.get(1).invoiceNumber(), invoices.get(2).invoiceNumber());
    }

    @Test
    void unknownSerialCannotBeQueried() {
        assertThatThrownBy(() -> client().results("SN-unknown", List.of()))
                .isInstanceOf(TaxInterfaceUnavailable.class)
                .hasMessageContaining("E4040");
    }

    private static List<Invoice> fiveInvoicesOneRed(String seller) {
        return List.of(
                SandboxInvoices.issuedAt(seller, "100.00", START.plusHours(1)),
                SandboxInvoices.issuedAt(seller, "200.00", START.plusHours(5)),
                SandboxInvoices.issuedAt(seller, "300.00", START.plusHours(6)),
                SandboxInvoices.issuedAt(seller, "400.00", START.plusHours(23)),
                SandboxInvoices.red(seller, "50.00", START.plusHours(18)));
    }

    private static BigDecimal sum(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<TaxRecord> asRecords(List<Invoice> invoices) {
        return invoices.stream()
                .map(i -> new TaxRecord(
                        i.sellerTaxId(), i.invoiceNumber(), null, i.totalAmount(), i.totalTax(), i.issuedAt()))
                .toList();
    }
}
