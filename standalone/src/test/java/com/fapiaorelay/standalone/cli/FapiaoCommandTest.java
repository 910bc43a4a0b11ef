package com.fapiaorelay.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.testsupport.TestInvoices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class FapiaoCommandTest {

    private static final List<String> COMMANDS =
            List.of("demo", "run", "validate", "extract", "import", "bench", "cluster", "chaos", "scale", "completion");

    @TempDir
    Path directory;

    @Test
    void acceptsOptionsBeforeOrAfterTheFile() throws IOException {
        Path file = directory.resolve("one.json");
        Files.writeString(file, FapiaoJson.mapper().writeValueAsString(List.of(TestInvoices.invoice())));

        CommandRun flagFirst = CommandRun.of("validate", "--json", file.toString());
        CommandRun flagLast = CommandRun.of("validate", file.toString(), "--json");

        assertThat(flagFirst.exitCode()).isZero();
        assertThat(FapiaoJson.mapper().readTree(flagFirst.out())).hasSize(1);
        assertThat(flagLast.out()).isEqualTo(flagFirst.out());
    }

    @Test
    void helpListsEveryCommandButTheClustersInternalOne() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(COMMANDS).contains("./fapiao test").doesNotContain("role");
    }

    @Test
    void eachCommandsHelpNamesEveryOneOfItsOptions() {
        Map<String, CommandLine> commands = FapiaoCommand.commandLine().getSubcommands();
        assertThat(commands.keySet()).containsAll(COMMANDS);
        commands.forEach((name, command) -> {
            CommandRun run = CommandRun.of(name, "--help");

            assertThat(run.exitCode()).as(name).isZero();
            assertThat(run.out())
                    .as(name)
                    .contains("Usage: ./fapiao " + name)
                    .contains(command.getCommandSpec().options().stream()
                            .map(OptionSpec::longestName)
                            .toList());
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "validate /no/such/file",
                "validate",
                "validate --json",
                "validate --json /no/such/file",
                "validate --jsno x.json",
                "import",
                "extract",
                "run --bogus",
                "bogus",
                "demo --invoices many",
                "demo --invoices 0",
                "demo --channel carrier-pigeon",
                "demo --faults error-rate",
                "demo --faults no-such-fault=1",
                "bench --offered-seconds 1.5",
                "chaos --rounds -1",
                "chaos --seed seven",
                "chaos --invoices 10 --invoices 20",
                "import x.csv --api-key k --url ftp://example.com",
                "import /no/such/file.csv --api-key k"
            })
    void aMistakeOnTheCommandLineIsOneLineInBothLanguagesWithExitCodeTwo(String line) {
        CommandRun run = CommandRun.of(line.split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().containsPattern("\\p{IsHan}.* / [A-Za-z]");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void namesTheMissingFile() {
        CommandRun run = CommandRun.of("validate", "/no/such/file");

        assertThat(run.err()).startsWith("./fapiao validate: 找不到文件 / no such file: /no/such/file");
    }

    @Test
    void withoutACommandPrintsTheCommandsAndExitsTwo() {
        CommandRun run = CommandRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(COMMANDS);
    }

    @Test
    void completionCompletesCommandsAndOptions() {
        CommandRun run = CommandRun.of("completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F", "validate", "--offered-per-second", "(\"reference\" \"leqi\")");
    }
}
