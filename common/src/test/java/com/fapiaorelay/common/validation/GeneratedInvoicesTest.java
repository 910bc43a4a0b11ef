package com.fapiaorelay.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over generated data, each case reproducible from its seed: valid USCCs pass and every single-character
 * change to one is caught; lines whose tax is round(amount × rate, 2) pass the arithmetic.
 */
class GeneratedInvoicesTest {

    private static final String ID_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final List<BigDecimal> RATES = ValidationRules.defaults().allowedRates();

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedValidUsccsPass(int seed) {
        String id = uscc(new Random(seed));

        assertThat(taxIdFindings(id)).as(id).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everySingleCharacterChangeIsCaught(int seed) {
        String id = uscc(new Random(seed));
        for (int position = 0; position < id.length(); position++) {
            for (char replacement : ID_CHARACTERS.toCharArray()) {
                if (replacement != id.charAt(position)) {
                    String changed = id.substring(0, position) + replacement + id.substring(position + 1);
                    assertThat(taxIdFindings(changed))
                            .as(changed)
                            .singleElement()
                            .extracting(Finding::code)
                            .isIn("TAXID_FORMAT", "TAXID_CHECKSUM");
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void linesWhoseTaxIsAmountTimesRateRoundedPass(int seed) {
        Random random = new Random(seed);
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= 1 + random.nextInt(20); i++) {
            lines.add(line(i, random));
        }

        assertThat(Corpus.validate(invoiceOf(lines)).findings())
                .as("seed %d: %s", seed, lines)
                .isEmpty();
    }

    private static List<Finding> taxIdFindings(String id) {
        Findings findings = new Findings();
        TaxpayerIds.checkId(id, "seller.taxId", findings);
        return findings.report().findings();
    }

    private static String uscc(Random random) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            boolean division = i >= 2 && i < 8;
            id.append(division ? (char) ('0' + random.nextInt(10)) : Uscc.ALPHABET.charAt(random.nextInt(31)));
        }
        return id.append(Uscc.checkCharacter(id)).toString();
    }

    private static InvoiceLine line(int number, Random random) {
        BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(500));
        BigDecimal unitPrice = BigDecimal.valueOf(1 + random.nextInt(10_000_000), 4);
        BigDecimal amount = unitPrice.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = RATES.get(random.nextInt(RATES.size() - 1)); // not the zero rate, which needs a policy flag
        BigDecimal tax = amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        return new InvoiceLine(
                number,
                "*信息技术服务*软件开发服务",
                null,
                null,
                quantity,
                unitPrice,
                amount,
                rate,
                tax,
                "3040201990000000000",
                "00",
                null);
    }

    private static Invoice invoiceOf(List<InvoiceLine> lines) {
        BigDecimal amount = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = lines.stream().map(InvoiceLine::taxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Invoice(
                "26117000000212349999",
                null,
                InvoiceKind.NORMAL,
                InvoiceColour.BLUE,
                Party.of("北京示例科技有限公司", "91110108MA01AB3CX1"),
                Party.of("北京买方有限公司", null),
                false,
                amount,
                tax,
                amount.add(tax),
                LocalDateTime.of(2026, 3, 1, 9, 0),
                "李四",
                null,
                null,
                lines);
    }
}
