package com.fapiaorelay.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.event.InvoiceSubmitted;
import com.fapiaorelay.common.event.SubmittedEventReader;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.common.validation.InvoiceValidator;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's "Publishing invoices" example, as written: a valid event the relay reads, sent by kcat. */
class PublishingGuideIT {

    @TempDir
    Path directory;

    @Test
    void theExampleInvoiceIsReadAndPassesValidation() throws Exception {
        InvoiceSubmitted event = SubmittedEventReader.read(example());

        assertThat(InvoiceValidator.withDefaults().validate(event.invoice()).hasErrors())
                .isFalse();
        assertThat(kcat()).contains(event.invoice().key().toString());
    }

    @Test
    void theKcatExamplePublishesItUnderTheInvoicesKey() throws Exception {
        String brokers = SharedInfrastructure.get().kafkaBootstrapServers();
        Files.writeString(directory.resolve("invoice.json"), example());
        Process kcat = new ProcessBuilder("sh", "-c", kcat().replace("localhost:9092", brokers))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(kcat.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(kcat.exitValue()).isZero();

        InvoiceSubmitted sent = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> published(brokers, "91110108MA01AB3CX1:26117000000212340001"), Optional::isPresent)
                .orElseThrow();
        assertThat(sent.eventId()).isEqualTo(UUID.fromString("3f6b2a51-8c0e-4d7a-9e61-2b5c7d9a0f12"));
    }

    private static Optional<InvoiceSubmitted> published(String brokers, String key) {
        return TopicRecords.on(brokers, Topics.INVOICES_SUBMITTED).stream()
                .filter(sent -> key.equals(sent.key()))
                .map(sent -> SubmittedEventReader.read(sent.value()))
                .findFirst();
    }

    private static String example() throws Exception {
        return block("## Publishing invoices", "```json");
    }

    private static String kcat() throws Exception {
        return block("## Publishing invoices", "```sh");
    }

    /** The first block opened by {@code opening} after {@code heading} in docs/erp-integration.md. */
    private static String block(String heading, String opening) throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "erp-integration.md"), StandardCharsets.UTF_8);
        int start = guide.indexOf(opening + "\n", guide.indexOf(heading)) + opening.length() + 1;
        return guide.substring(start, guide.indexOf("```", start));
    }
}
