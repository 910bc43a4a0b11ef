package com.fapiaorelay.alert.delivery.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.alert.delivery.AlertMessage;
import com.fapiaorelay.alert.delivery.MessageKind;
import com.fapiaorelay.alert.delivery.MessageLinks;
import com.fapiaorelay.alert.lifecycle.GroupNotice;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WeComMarkdownTest {

    private static final MessageLinks LINKS = new MessageLinks("https://console.test", "https://docs.test/runbooks");

    @Test
    void longChineseGroupStaysWithin4096BytesAndKeepsFactsAndLinks() {
        String content = WeComMarkdown.of(message(MessageKind.FIRING, "发票在税务系统中不可见".repeat(100)))
                .markdown()
                .content();

        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(content)
                .contains(
                        "Invoices: 40, sellers: 1",
                        "Since: ",
                        "Runbook](https://docs.test/runbooks/anomalies/missing.md)")
                .contains("Console](https://console.test/alerts?groupId=7)", "more in the console")
                .contains("Why: Uploaded, not found by the deadline ×40", "What to do: Look each up on the tax portal")
                .doesNotContain("\uFFFD");
    }

    @Test
    void resolvedMessageSaysSo() {
        String content = WeComMarkdown.of(message(MessageKind.RESOLVED, "Invoice missing"))
                .markdown()
                .content();

        assertThat(content).startsWith("### [RESOLVED] MISSING").contains("RESOLVED, every alert");
    }

    static AlertMessage message(MessageKind kind, String summary) {
        List<GroupNotice.Sample> samples = LongStream.range(0, 10)
                .mapToObj(i -> new GroupNotice.Sample(i, "MISSING:" + i, "2411700000000000000" + i, summary))
                .toList();
        GroupNotice notice = new GroupNotice(
                7,
                "MISSING:91110108MA01AB3CX1",
                "MISSING",
                Severity.CRITICAL,
                "91110108MA01AB3CX1",
                40,
                41,
                40,
                1,
                OffsetDateTime.now(),
                List.of(new GroupNotice.Reason("Uploaded, not found by the deadline", 40)),
                samples);
        return AlertMessage.of(notice, kind, LINKS, "Look each up on the tax portal");
    }
}
