package com.fapiaorelay.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.testsupport.TestInvoices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path directory;

    @Test
    void validInvoicesPassWithExitCodeZero() throws IOException {
        Path file = write("valid.json", List.of(TestInvoices.invoice(), TestInvoices.invoice()));

        assertThat(ValidateCommand.run(List.of(file.toString()))).isZero();
    }

    @Test
    void anErrorInOneInvoiceOfAnArrayFailsWithExitCodeOne() throws IOException {
        Invoice wrongTotal = TestInvoices.withGrandTotal(TestInvoices.invoice(), "1.00");
        Path file = write("mixed.json", List.of(TestInvoices.invoice(), wrongTotal));

        assertThat(ValidateCommand.run(List.of(file.toString(), "--json"))).isEqualTo(1);
    }

    @Test
    void readsASingleInvoiceObjectToo() throws IOException {
        Path file = directory.resolve("one.json");
        Files.writeString(file, FapiaoJson.mapper().writeValueAsString(TestInvoices.invoice()));

        assertThat(ValidateCommand.run(List.of(file.toString()))).isZero();
    }

    @Test
    void aHugeExponentIsRefusedAtOnceWithExitCodeOne() throws IOException {
        Path file = directory.resolve("huge.json");
        String invoice = FapiaoJson.mapper().writeValueAsString(TestInvoices.invoice());
        String amount = TestInvoices.invoice().totalAmount().toPlainString();
        Files.writeString(file, invoice.replace("\"" + amount + "\"", "\"1E+99999999\""));

        int exit = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> ValidateCommand.run(List.of(file.toString(), "--json")));

        assertThat(exit).isEqualTo(1);
    }

    private Path write(String name, List<Invoice> invoices) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, FapiaoJson.mapper().writeValueAsString(invoices));
        return file;
    }
}
