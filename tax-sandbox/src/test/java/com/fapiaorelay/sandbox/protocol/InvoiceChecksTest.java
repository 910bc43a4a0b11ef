package com.fapiaorelay.sandbox.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.sandbox.protocol.InvoiceChecks.Rejection;
import com.fapiaorelay.testsupport.TestInvoices;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The formats the authority checks, against the regular expressions they were first written as. */
class InvoiceChecksTest {

    private static final Pattern TAX_ID = Pattern.compile(
            "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}|[0-9A-Z]{15}|[0-9A-Z]{17}|[0-9A-Z]{20}");
    private static final Pattern DIGITAL_NUMBER = Pattern.compile("\\d{20}");
    private static final Pattern OLDER_NUMBER = Pattern.compile("\\d{8}");
    private static final Pattern OLDER_CODE = Pattern.compile("\\d{10}|\\d{12}");
    private static final String CHARACTERS = "0123456789ABIOSVZaz-٣ ";

    private final Random random = new Random(20);

    @Test
    void refusesExactlyTheSellerTaxIdsTheExpressionRefuses() {
        assertRefusedLikeTheExpression("91110108MA01AB3CX1");
        assertRefusedLikeTheExpression("91110108MA01AB3CXI");
        for (int i = 0; i < 20_000; i++) {
            assertRefusedLikeTheExpression(candidate(18 + random.nextInt(3) - 1, "0123456789ABIOSVZ"));
            assertRefusedLikeTheExpression(candidate(14 + random.nextInt(8), CHARACTERS));
        }
    }

    @Test
    void refusesExactlyTheNumbersAndCodesTheExpressionsRefuse() {
        for (int i = 0; i < 20_000; i++) {
            String number = candidate(random.nextBoolean() ? 20 : 7 + random.nextInt(3), "0123456789٣A");
            String code = random.nextBoolean() ? null : candidate(9 + random.nextInt(5), "0123456789٣A");
            boolean wellFormed = code == null
                    ? DIGITAL_NUMBER.matcher(number).matches()
                    : OLDER_NUMBER.matcher(number).matches()
                            && OLDER_CODE.matcher(code).matches();

            assertThat(code(TestInvoices.withNumber(TestInvoices.invoice(), number, code)))
                    .as(number + " / " + code)
                    .isEqualTo(wellFormed ? null : "E1003");
        }
    }

    private void assertRefusedLikeTheExpression(String seller) {
        assertThat(code(TestInvoices.invoice(seller, "100.00")))
                .as(seller)
                .isEqualTo(TAX_ID.matcher(seller).matches() ? null : "E1002");
    }

    private String candidate(int length, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String code(Invoice invoice) {
        return InvoiceChecks.rejection(invoice).map(Rejection::code).orElse(null);
    }
}
