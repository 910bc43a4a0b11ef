package com.fapiaorelay.alert.delivery.channel.wecom;

import com.fapiaorelay.alert.delivery.AlertMessage;
import com.fapiaorelay.alert.delivery.channel.MessageText;

/** The WeCom robot's markdown body; WeCom refuses markdown content over 4096 bytes. */
record WeComMarkdown(String msgtype, Markdown markdown) {

    static final int MAX_CONTENT_BYTES = 4096;

    static WeComMarkdown of(AlertMessage message) {
        String content = MessageText.render(message, MessageText.Style.MARKDOWN, MAX_CONTENT_BYTES);
        return new WeComMarkdown("markdown", new Markdown(content));
    }

    record Markdown(String content) {}
}
