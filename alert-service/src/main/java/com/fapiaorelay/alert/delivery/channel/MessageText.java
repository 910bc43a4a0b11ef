package com.fapiaorelay.alert.delivery.channel;

import com.fapiaorelay.alert.delivery.AlertMessage;
import com.fapiaorelay.alert.lifecycle.GroupNotice;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What every human-facing channel says about a message, as markdown or plain text, within the channel's byte
 * budget: the facts and links first, then as many example alerts as fit.
 */
public final class MessageText {

    public enum Style {
        MARKDOWN,
        PLAIN
    }

    private static final int ROOM_FOR_MORE = 64;
    // One long summary must not crowd the counts, links and other examples out of a small budget.
    private static final int MAX_LINE_BYTES = 400;

    private MessageText() {}

    public static String render(AlertMessage message, Style style, int maxBytes) {
        StringBuilder text = new StringBuilder(style == Style.MARKDOWN ? "### " : "")
                .append(message.title())
                .append("\n\n");
        facts(message, style)
                .forEach(fact -> text.append(style == Style.MARKDOWN ? "- " : "")
                        .append(fact)
                        .append('\n'));
        appendExamples(text, message, style, maxBytes);
        return Utf8.truncate(text.toString(), maxBytes);
    }

    private static List<String> facts(AlertMessage message, Style style) {
        List<String> facts = new ArrayList<>();
        facts.add(status(message));
        facts.add("What happened: " + Utf8.truncate(message.whatHappened(), MAX_LINE_BYTES));
        reasons(message)
                .forEach(reason ->
                        facts.add("Why: " + Utf8.truncate(reason.reason(), MAX_LINE_BYTES) + " ×" + reason.count()));
        if (message.whatToDo() != null) {
            facts.add("What to do: " + Utf8.truncate(message.whatToDo(), MAX_LINE_BYTES));
        }
        facts.add("Invoices: " + message.invoiceCount() + ", sellers: " + message.sellerCount() + " (alerts: "
                + message.alertCount() + ", anomalies: " + message.anomalyCount() + ")");
        if (message.sellerTaxId() != null) {
            facts.add("Seller: " + message.sellerTaxId());
        }
        facts.add("Since: " + since(message));
        if (message.runbookUrl() != null) {
            facts.add(link("Runbook", message.runbookUrl(), style));
        }
        if (message.link() != null) {
            facts.add(link("Console", message.link(), style));
        }
        return facts;
    }

    private static List<GroupNotice.Reason> reasons(AlertMessage message) {
        return message.reasons() == null ? List.of() : message.reasons();
    }

    private static String status(AlertMessage message) {
        return switch (message.kind()) {
            case FIRING -> "Status: FIRING, severity " + message.severity();
            case ESCALATED -> "Status: ESCALATED, nobody acknowledged it in time";
            case RESOLVED -> "Status: RESOLVED, every alert of this group has recovered";
        };
    }

    private static String since(AlertMessage message) {
        return message.openedAt() == null
                ? "unknown"
                : message.openedAt().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String link(String label, String url, Style style) {
        return style == Style.MARKDOWN ? "[" + label + "](" + url + ")" : label + ": " + url;
    }

    private static void appendExamples(StringBuilder text, AlertMessage message, Style style, int maxBytes) {
        List<GroupNotice.Sample> samples = message.samples() == null ? List.of() : message.samples();
        int shown = 0;
        for (GroupNotice.Sample sample : samples) {
            String line =
                    (style == Style.MARKDOWN ? "> " : "  ") + Utf8.truncate(exampleOf(sample), MAX_LINE_BYTES) + "\n";
            if (Utf8.length(text + line) > maxBytes - ROOM_FOR_MORE) {
                break;
            }
            text.append(shown == 0 ? "\n" : "").append(line);
            shown++;
        }
        if (shown < message.alertCount()) {
            text.append("\n").append(message.alertCount() - shown).append(" more in the console\n");
        }
    }

    private static String exampleOf(GroupNotice.Sample sample) {
        return sample.invoiceNumber() == null ? sample.summary() : sample.invoiceNumber() + ": " + sample.summary();
    }
}
