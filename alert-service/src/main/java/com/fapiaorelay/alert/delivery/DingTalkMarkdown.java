package com.fapiaorelay.alert.delivery;

import com.fapiaorelay.alert.alert.GroupNotice;
import java.util.List;
import java.util.stream.Collectors;

/** The robot's markdown message body for one alert message. */
record DingTalkMarkdown(String msgtype, Markdown markdown, At at) {

    static DingTalkMarkdown of(AlertMessage message, List<String> atMobiles) {
        String mentions = atMobiles.stream().map(mobile -> "@" + mobile).collect(Collectors.joining(" "));
        String text = textOf(message) + (mentions.isEmpty() ? "" : "\n\n" + mentions);
        return new DingTalkMarkdown("markdown", new Markdown(message.title(), text), new At(atMobiles, false));
    }

    private static String textOf(AlertMessage message) {
        StringBuilder text = new StringBuilder("### ").append(message.title()).append("\n\n");
        text.append("- Type: ").append(message.anomalyType()).append('\n');
        if (message.sellerTaxId() != null) {
            text.append("- Seller: ").append(message.sellerTaxId()).append('\n');
        }
        text.append("- Alerts: ").append(message.alertCount());
        text.append(", anomalies: ").append(message.anomalyCount()).append('\n');
        text.append("- Since: ").append(message.openedAt()).append("\n\n");
        message.samples()
                .forEach(sample -> text.append("> ").append(line(sample)).append("\n\n"));
        if (message.link() != null) {
            text.append("[Open in console](").append(message.link()).append(")\n");
        }
        return text.toString();
    }

    private static String line(GroupNotice.Sample sample) {
        return sample.invoiceNumber() == null ? sample.summary() : sample.invoiceNumber() + ": " + sample.summary();
    }

    record Markdown(String title, String text) {}

    record At(List<String> atMobiles, boolean isAtAll) {}
}
