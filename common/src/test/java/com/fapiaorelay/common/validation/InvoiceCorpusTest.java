package com.fapiaorelay.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every file in {@code invoices/} states the finding codes it must produce, no more and no fewer: valid invoices
 * of each kind expect none, and each invalid one exactly its rule's.
 */
class InvoiceCorpusTest {

    static List<String> entries() throws IOException, URISyntaxException {
        Path folder = Path.of(InvoiceCorpusTest.class.getResource("/invoices").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void producesExactlyTheExpectedFindings(String name) {
        JsonNode entry = Corpus.entry(name);
        ValidationRules rules = ValidationRules.defaults();
        if (entry.has("maxLines")) {
            rules = rules.withMaxLines(entry.get("maxLines").asInt());
        }

        ValidationReport report =
                new InvoiceValidator(rules, Corpus.CLOCK).validate(Corpus.toInvoice(entry.get("invoice")));

        assertThat(new LinkedHashSet<>(report.codes()))
                .as("%s: %s", entry.get("description").asString(), report.findings())
                .containsExactlyInAnyOrderElementsOf(expected(entry));
        assertThat(report.hasErrors()).isEqualTo(name.startsWith("invalid-"));
    }

    @Test
    void coversEveryInvoiceRule() throws IOException, URISyntaxException {
        Set<String> covered = new LinkedHashSet<>();
        for (String name : entries()) {
            covered.addAll(expected(Corpus.entry(name)));
        }

        assertThat(covered)
                .containsAll(Stream.of(Rule.values())
                        .filter(rule -> !rule.name().startsWith("EVENT_"))
                        .map(Rule::name)
                        .toList());
    }

    private static List<String> expected(JsonNode entry) {
        return entry.get("expected").valueStream().map(JsonNode::asString).toList();
    }
}
