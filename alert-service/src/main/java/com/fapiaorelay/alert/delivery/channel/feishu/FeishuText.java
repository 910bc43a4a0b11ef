package com.fapiaorelay.alert.delivery.channel.feishu;

import com.fapiaorelay.alert.delivery.AlertMessage;
import com.fapiaorelay.alert.delivery.channel.MessageText;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The Feishu bot's text body; Feishu refuses bodies over 20 KB, so the text shrinks until the whole body fits. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FeishuText(
        String timestamp,
        String sign,
        @JsonProperty("msg_type") String msgType,
        Content content) {

    static final int MAX_BODY_BYTES = 20 * 1024;

    static byte[] body(AlertMessage message, FeishuSigner signer, long timestampSeconds) {
        int budget = MAX_BODY_BYTES;
        byte[] body;
        do {
            String text = MessageText.render(message, MessageText.Style.PLAIN, budget);
            body = FapiaoJson.mapper().writeValueAsBytes(of(text, signer, timestampSeconds));
            budget -= Math.max(body.length - MAX_BODY_BYTES, 0) + 16;
        } while (body.length > MAX_BODY_BYTES);
        return body;
    }

    private static FeishuText of(String text, FeishuSigner signer, long timestampSeconds) {
        if (signer.secret().isBlank()) {
            return new FeishuText(null, null, "text", new Content(text));
        }
        return new FeishuText(
                String.valueOf(timestampSeconds), signer.sign(timestampSeconds), "text", new Content(text));
    }

    record Content(String text) {}
}
