package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Corpus.normalWith;
import static com.fapiaorelay.common.validation.Corpus.validate;
import static com.fapiaorelay.common.validation.Corpus.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredFieldsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "invoiceNumber",
                "kind",
                "colour",
                "issuedAt",
                "seller/name",
                "seller/taxId",
                "buyer/name",
                "lines/0/itemName",
                "lines/0/taxRate"
            })
    void namesTheMissingField(String path) {
        ValidationReport report = validate(normalWith("/" + path, null));

        assertThat(report.findings())
                .extracting(Finding::code, Finding::field)
                .contains(tuple("REQUIRED", path.replace("/0/", "[0].").replace('/', '.')));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void rejectsSpecialInvoiceWithoutBuyerTaxId() {
        ValidationReport report = validate(with("valid-special", "/buyer/taxId", null));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("SPECIAL_WITHOUT_BUYER_TAXID");
            assertThat(finding.field()).isEqualTo("buyer.taxId");
            assertThat(finding.messageEn()).contains("issue a normal invoice");
        });
    }

    @Test
    void acceptsNormalInvoiceWithoutBuyerTaxId() {
        assertThat(validate(normalWith("/buyer/taxId", null)).findings()).isEmpty();
    }

    @Test
    void rejectsQuantityWithoutUnitPriceNamingTheMissingOne() {
        ValidationReport report = validate(normalWith("/lines/2/unitPrice", null));

        assertThat(report.findings())
                .extracting(Finding::code, Finding::field)
                .containsExactly(tuple("QUANTITY_PRICE_PAIR", "lines[2].unitPrice"));
    }

    @Test
    void rejectsInvoiceWithoutLines() {
        ValidationReport report = validate(normalWith("/lines", List.of()));

        assertThat(report.findings()).extracting(Finding::field).contains("lines");
    }
}
