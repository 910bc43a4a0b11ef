package com.fapiaorelay.console.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.testsupport.TestInvoices;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceFormTest {

    @Test
    void anInvoiceSurvivesTheFormUnchanged() {
        Invoice invoice = TestInvoices.withRemarks(TestInvoices.invoice(), "备注");

        Invoice typed = InvoiceForm.of(invoice).toInvoice(new FormValues());

        assertThat(typed).isEqualTo(invoice);
    }

    @Test
    void textThatIsNoNumberIsAFindingOnItsField() {
        FormValues values = new FormValues();
        InvoiceForm form = InvoiceForm.of(TestInvoices.invoice());
        LineForm line = form.lines().get(0);
        LineForm typo = new LineForm(
                line.itemName(),
                null,
                null,
                null,
                null,
                "1000,00.0x",
                line.taxRate(),
                line.taxAmount(),
                line.taxClassificationCode(),
                line.lineNature(),
                null);

        withLines(form, List.of(typo)).toInvoice(values);

        assertThat(values.problems())
                .extracting(Finding::code, Finding::field)
                .containsExactly(tuple(FormValues.NOT_A_NUMBER, "lines[0].amount"));
    }

    @Test
    void emptyLinesAreLeftOutAndTheRestNumberedInOrder() {
        InvoiceForm form = InvoiceForm.of(TestInvoices.invoice());
        List<LineForm> lines = List.of(LineForm.blank(), form.lines().get(0), LineForm.blank());

        Invoice typed = withLines(form, lines).toInvoice(new FormValues());

        assertThat(typed.lines()).hasSize(1);
        assertThat(typed.lines().get(0).lineNumber()).isEqualTo(1);
    }

    @Test
    void aBlankFormNamesNoOriginal() {
        assertThat(InvoiceForm.blank().originalKey()).isNull();
        assertThat(InvoiceForm.blank().lines()).hasSize(1);
    }

    private static InvoiceForm withLines(InvoiceForm form, List<LineForm> lines) {
        return new InvoiceForm(
                form.originalSellerTaxId(),
                form.originalInvoiceNumber(),
                form.note(),
                form.invoiceNumber(),
                form.invoiceCode(),
                form.kind(),
                form.colour(),
                form.seller(),
                form.buyer(),
                form.buyerIsNaturalPerson(),
                form.totalAmount(),
                form.totalTax(),
                form.grandTotal(),
                form.issuedAt(),
                form.issuer(),
                form.remarks(),
                form.redOriginalNumber(),
                form.redConfirmationNumber(),
                form.redReason(),
                lines);
    }
}
