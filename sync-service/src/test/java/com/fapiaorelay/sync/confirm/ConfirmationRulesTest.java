package com.fapiaorelay.sync.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.sync.config.SyncProperties.Confirmation;
import com.fapiaorelay.sync.confirm.Verdict.Outcome;
import com.fapiaorelay.sync.ledger.DueInvoice;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ConfirmationRulesTest {

    private static final InvoiceKey KEY = new InvoiceKey("91110108MA01AB3CX1", "26117000000000000001");
    private static final LocalDateTime ISSUED = LocalDateTime.of(2025, 3, 1, 10, 0);
    private static final InvoiceFigures FIGURES =
            new InvoiceFigures(new BigDecimal("1000.00"), new BigDecimal("60.00"), ISSUED);
    private static final OffsetDateTime RECEIVED_AT = OffsetDateTime.parse("2025-03-01T10:04:00+08:00");
    private static final OffsetDateTime UPLOADED_AT = OffsetDateTime.parse("2025-03-01T10:05:00+08:00");

    private final ConfirmationRules rules = new ConfirmationRules(new Confirmation(
            Duration.ofSeconds(5),
            100,
            Duration.ofMinutes(1),
            Duration.ofMinutes(1),
            2,
            Duration.ofMinutes(10),
            Duration.ofHours(4),
            2,
            Duration.ofMinutes(5),
            null));

    @Test
    void visibleInvoiceWithTheSameFiguresIsConfirmedWithItsReceipt() {
        Verdict verdict = rules.decide(uploaded(0), shown("1000.00", "60.00", ISSUED), UPLOADED_AT.plusMinutes(1));

        assertThat(verdict.outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(verdict.receiptId()).isEqualTo("R-1");
    }

    @Test
    void amountsCompareByValueNotByScale() {
        Verdict verdict = rules.decide(uploaded(0), shown("1000.0", "60", ISSUED), UPLOADED_AT.plusMinutes(1));

        assertThat(verdict.outcome()).isEqualTo(Outcome.CONFIRMED);
    }

    @Test
    void visibleInvoiceWithOtherTaxOrDateIsMismatchNamingBothValues() {
        Verdict verdict =
                rules.decide(uploaded(0), shown("1000.00", "66.00", ISSUED.plusDays(1)), UPLOADED_AT.plusMinutes(1));

        assertThat(verdict.outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(verdict.reason())
                .contains("totalTax: sent 60.00, tax system shows 66.00")
                .contains("issuedAt: sent 2025-03-01T10:00, tax system shows 2025-03-02T10:00")
                .doesNotContain("totalAmount");
    }

    @Test
    void notYetVisibleLooksAgainWithGrowingBackOff() {
        OffsetDateTime now = UPLOADED_AT.plusMinutes(10);

        assertThat(rules.decide(uploaded(0), null, now).nextCheckAt()).isEqualTo(now.plusMinutes(1));
        assertThat(rules.decide(uploaded(2), null, now).nextCheckAt()).isEqualTo(now.plusMinutes(4));
        assertThat(rules.decide(uploaded(9), null, now).nextCheckAt()).isEqualTo(now.plusMinutes(10));
        assertThat(rules.decide(uploaded(0), null, now).outcome()).isEqualTo(Outcome.NOT_YET_VISIBLE);
    }

    @Test
    void lastLookBeforeTheDeadlineFallsOnTheDeadline() {
        OffsetDateTime now = UPLOADED_AT.plusHours(4).minusMinutes(3);

        assertThat(rules.decide(uploaded(9), null, now).nextCheckAt()).isEqualTo(UPLOADED_AT.plusHours(4));
    }

    @Test
    void notVisibleByTheDeadlineIsMissingWithTheNextReuploadRound() {
        Verdict verdict = rules.decide(uploaded(5), null, UPLOADED_AT.plusHours(4));

        assertThat(verdict.outcome()).isEqualTo(Outcome.MISSING_REUPLOAD);
        assertThat(verdict.reuploadRound()).isEqualTo(1);
    }

    @Test
    void afterTheLastRoundMissingGoesToAHumanOnceAndIsStillLookedAt() {
        var exhausted = new DueInvoice(KEY, InvoiceState.UPLOADED, FIGURES, RECEIVED_AT, UPLOADED_AT, 5, 2, false);
        var alerted = new DueInvoice(KEY, InvoiceState.MISSING, FIGURES, RECEIVED_AT, UPLOADED_AT, 6, 2, true);
        OffsetDateTime now = UPLOADED_AT.plusHours(4);

        assertThat(rules.decide(exhausted, null, now).outcome()).isEqualTo(Outcome.MISSING_FINAL);
        assertThat(rules.decide(alerted, null, now).outcome()).isEqualTo(Outcome.STILL_MISSING);
        assertThat(rules.decide(alerted, null, now).nextCheckAt()).isEqualTo(now.plusMinutes(10));
    }

    private static DueInvoice uploaded(int lookups) {
        return new DueInvoice(KEY, InvoiceState.UPLOADED, FIGURES, RECEIVED_AT, UPLOADED_AT, lookups, 0, false);
    }

    private static TaxRecord shown(String amount, String tax, LocalDateTime issuedAt) {
        return new TaxRecord(
                KEY.sellerTaxId(), KEY.invoiceNumber(), "R-1", new BigDecimal(amount), new BigDecimal(tax), issuedAt);
    }
}
