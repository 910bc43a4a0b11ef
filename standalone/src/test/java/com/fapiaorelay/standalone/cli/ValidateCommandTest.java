package com.fapiaorelay.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.testsupport.TestInvoices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateCommandTest {

    @TempDir
    Path directory;

    @Test
    void validInvoicesPassWithExitCodeZero() throws IOException {
        Path file = write("valid.json", List.of(TestInvoices.invoice(), TestInvoices.invoice()));

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 张发票, 0 个错误");
    }

    @Test
    void anErrorInOneInvoiceOfAnArrayFailsWithExitCodeOne() throws IOException {
        Invoice wrongTotal = TestInvoices.withGrandTotal(TestInvoices.invoice(), "1.00");
        Path file = write("mixed.json", List.of(TestInvoices.invoice(), wrongTotal));

        CommandRun run = CommandRun.of("validate", file.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(FapiaoJson.mapper().readTree(run.out())).hasSize(2);
    }

    @Test
    void readsASingleInvoiceObjectToo() throws IOException {
        Path file = directory.resolve("one.json");
        Files.writeString(file, FapiaoJson.mapper().writeValueAsString(TestInvoices.invoice()));

        assertThat(CommandRun.of("validate", file.toString()).exitCode()).isZero();
    }

    @Test
    void aHugeExponentIsRefusedAtOnceWithExitCodeOne() throws IOException {
        Path file = directory.resolve("huge.json");
        String invoice = FapiaoJson.mapper().writeValueAsString(TestInvoices.invoice());
        String amount = TestInvoices.invoice().totalAmount().toPlainString();
        Files.writeString(file, invoice.replace("\"" + amount + "\"", "\"1E+99999999\""));

        CommandRun run = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> CommandRun.of("validate", "--json", file.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotJsonFailsWithOneLineAndNoStackTrace() throws IOException {
        Path file = directory.resolve("broken.json");
        Files.writeString(file, "{\"invoiceNumber\": ");

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("not readable as invoice JSON");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @ParameterizedTest
    @CsvSource({
        "empty.json, '', not readable as invoice JSON",
        "nulls.json, '[null]', no invoice at position 1",
        "binary.csv, '\u0081\u00ff\u0080', not a readable CSV export"
    })
    void aFileThatCannotBeCheckedAtAllFailsWithOneLine(String name, String content, String message) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains(message);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    private Path write(String name, List<Invoice> invoices) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, FapiaoJson.mapper().writeValueAsString(invoices));
        return file;
    }
}
