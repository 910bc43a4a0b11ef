package com.fapiaorelay.console.correction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.testsupport.TestInvoices;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void onlyTheChangedFieldsAreShownWithBothValues() {
        Invoice original = TestInvoices.invoice();

        var changes = FieldChanges.between(original, TestInvoices.withRemarks(original, "补录"));

        assertThat(changes).containsExactly(new FieldChanges.Change("remarks", null, "补录"));
    }

    @Test
    void withoutAnOriginalEveryFieldIsNew() {
        Invoice invoice = TestInvoices.invoice();

        var changes = FieldChanges.between(null, invoice);

        assertThat(changes).extracting(FieldChanges.Change::field).contains("invoiceNumber", "lines[0].amount");
        assertThat(changes).allMatch(change -> change.before() == null);
    }
}
