package com.fapiaorelay.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.event.DeclarationEventReader;
import com.fapiaorelay.common.event.ErpTotalsDeclared;
import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShortfallTest {

    private final DemoInvoices demoInvoices = new DemoInvoices(42, "7", 1, BusinessDays.systemClock());
    private final List<Invoice> invoices =
            Stream.generate(demoInvoices::next).limit(60).toList();

    @Test
    void theErpLosesTheLastThreeOfOneSellersBatchAndDeclaresAllOfIt() {
        Shortfall shortfall = Shortfall.in(invoices, "batch-7");
        String seller = invoices.get(0).sellerTaxId();

        assertThat(shortfall.batch())
                .isNotEmpty()
                .allMatch(invoice -> invoice.sellerTaxId().equals(seller));
        assertThat(shortfall.heldBack())
                .hasSize(3)
                .isEqualTo(shortfall
                        .batch()
                        .subList(shortfall.batch().size() - 3, shortfall.batch().size()));
        assertThat(shortfall.handedOver(invoices))
                .hasSize(invoices.size() - 3)
                .doesNotContainAnyElementsOf(shortfall.heldBack());

        ErpTotalsDeclared declared = DeclarationEventReader.check(shortfall.declaration("demo-erp"));
        assertThat(declared.invoiceCount()).isEqualTo(shortfall.batch().size());
        assertThat(declared.invoiceNumbers())
                .containsExactlyElementsOf(
                        shortfall.batch().stream().map(Invoice::invoiceNumber).toList());
        assertThat(declared.totalAmount())
                .isEqualByComparingTo(
                        shortfall.batch().stream().map(Invoice::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aBatchOfThreeOrFewerLosesNothing() {
        assertThat(Shortfall.in(invoices.subList(0, 1), "batch-1").any()).isFalse();
    }
}
