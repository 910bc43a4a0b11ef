package com.fapiaorelay.alert.delivery.channel.dingtalk;

import com.fapiaorelay.alert.delivery.AlertMessage;
import com.fapiaorelay.alert.delivery.channel.MessageText;
import java.util.List;
import java.util.stream.Collectors;

/** The robot's markdown message body for one alert message. */
record DingTalkMarkdown(String msgtype, Markdown markdown, At at) {

    // DingTalk refuses markdown over 20,000 bytes; the mentions need room at the end.
    static final int MAX_TEXT_BYTES = 19_000;

    static DingTalkMarkdown of(AlertMessage message, List<String> atMobiles) {
        String mentions = atMobiles.stream().map(mobile -> "@" + mobile).collect(Collectors.joining(" "));
        String text = MessageText.render(message, MessageText.Style.MARKDOWN, MAX_TEXT_BYTES)
                + (mentions.isEmpty() ? "" : "\n\n" + mentions);
        return new DingTalkMarkdown("markdown", new Markdown(message.title(), text), new At(atMobiles, false));
    }

    record Markdown(String title, String text) {}

    record At(List<String> atMobiles, boolean isAtAll) {}
}
