package com.fapiaorelay.common.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.testsupport.TestInvoices;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written canonical JSON is Jackson's, byte for byte, or declines; the hash is Jackson's either way. */
class CanonicalBytesTest {

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(CanonicalBytesTest.class.getResource("/invoices").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void writesWhatJacksonWritesForEveryCorpusInvoice(Path file) throws IOException {
        Invoice invoice = FapiaoJson.mapper()
                .treeToValue(
                        FapiaoJson.mapper().readTree(Files.readString(file)).get("invoice"), Invoice.class);

        assertSameAsJackson(invoice);
        if (file.getFileName().toString().startsWith("valid-")) {
            assertThat(new CanonicalBytes().write(invoice))
                    .as("written without Jackson")
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "a/b",
                "引号\"在内",
                "back\\slash",
                "tab\tnew\nline",
                "\u0001",
                "del\u007f",
                "sep\u2028arator",
                "é ß ¥",
                "emoji 😀",
                "项目：软件开发服务，2026年3月 ✓"
            })
    void hashesEveryStringAsJacksonWritesIt(String remarks) {
        assertSameAsJackson(TestInvoices.withRemarks(TestInvoices.invoice(), remarks));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-03-01T00:00",
                "2026-03-01T10:15:07",
                "2026-03-01T10:15:00.5",
                "2026-03-01T10:15:00.000000001",
                "0001-01-01T00:00",
                "+10000-01-01T00:00"
            })
    void hashesEveryTimeAsJacksonWritesIt(String issuedAt) {
        assertSameAsJackson(TestInvoices.withIssuedAt(TestInvoices.invoice(), LocalDateTime.parse(issuedAt)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0.0000001", "1E+3", "1000.000", "0", "-0.50", "12345678901234567890.123", "1E+45", "1E-45"})
    void hashesEveryDecimalAsJacksonWritesIt(String value) {
        BigDecimal decimal = new BigDecimal(value);
        InvoiceLine line = new InvoiceLine(
                7, "*品类*名称", "规格/型号", "个", decimal, decimal, decimal, decimal, decimal, "30402", "00", "03");

        assertSameAsJackson(everyField(List.of(line), decimal));
    }

    @Test
    void hashesAnInvoiceWithEveryFieldAsJacksonWritesIt() {
        Invoice full = everyField(TestInvoices.invoice().lines(), new BigDecimal("1.5"));

        assertSameAsJackson(full);
        assertThat(new CanonicalBytes().write(full)).isTrue();
    }

    @Test
    void hashesAnInvoiceWithoutPartiesOrLinesAsJacksonWritesIt() {
        assertSameAsJackson(
                new Invoice(null, null, null, null, null, null, false, null, null, null, null, null, null, null, null));
    }

    @Test
    void growsItsBufferForLongInvoices() {
        Invoice invoice = TestInvoices.invoice();
        String remarks = "长".repeat(5000);
        CanonicalBytes bytes = new CanonicalBytes();
        bytes.write(invoice);

        assertSameAsJackson(TestInvoices.withRemarks(invoice, remarks));
        assertThat(bytes.write(TestInvoices.withRemarks(invoice, remarks))).isTrue();
        assertThat(bytes.write(invoice)).isTrue();
        assertThat(Arrays.copyOf(bytes.bytes(), bytes.length())).isEqualTo(jackson(invoice));
    }

    private static Invoice everyField(List<InvoiceLine> lines, BigDecimal total) {
        return new Invoice(
                "12345678",
                "1100201130",
                InvoiceKind.SPECIAL,
                InvoiceColour.RED,
                new Party("销方", "91110108MA01AB3CX1", "北京市海淀区", "010-1", "工行", "0200"),
                new Party("购方", "91110105MA7K2D9E6W", "上海市", "021-2", "建行", "6217"),
                true,
                total,
                total,
                total,
                LocalDateTime.of(2026, 3, 1, 10, 15, 30),
                "李四",
                "备注",
                new RedLetter("26117000000212341234", "1101002603000123", "01"),
                lines);
    }

    private static void assertSameAsJackson(Invoice invoice) {
        CanonicalBytes bytes = new CanonicalBytes();
        if (bytes.write(invoice)) {
            assertThat(new String(Arrays.copyOf(bytes.bytes(), bytes.length()), StandardCharsets.UTF_8))
                    .isEqualTo(new String(jackson(invoice), StandardCharsets.UTF_8));
        }
        assertThat(ContentHash.of(invoice)).isEqualTo(sha256(jackson(invoice)));
        assertThat(ContentHash.of(invoice))
                .as("a second time, the thread's buffer reused")
                .isEqualTo(sha256(jackson(invoice)));
    }

    private static byte[] jackson(Invoice invoice) {
        return FapiaoJson.mapper().writeValueAsBytes(ContentHash.canonical(invoice));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
