package com.fapiaorelay.alert.delivery.channel;

import com.fapiaorelay.alert.delivery.ChannelResult;
import com.fapiaorelay.common.json.FapiaoJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Chat robots answer HTTP 200 even when they refuse a message; the outcome is a code in the JSON answer: {@code
 * errcode} for DingTalk and WeCom, {@code code} (or the older {@code StatusCode}) for Feishu.
 */
public final class RobotAnswer {

    private RobotAnswer() {}

    public static ChannelResult resultOf(int status, String answer, String... codeFields) {
        if (status / 100 != 2) {
            return ChannelResult.failed(status, "HTTP status not 2xx");
        }
        JsonNode json;
        try {
            json = FapiaoJson.mapper().readTree(answer);
        } catch (JacksonException e) {
            return ChannelResult.failed(status, "Unreadable answer: " + e.getOriginalMessage());
        }
        for (String field : codeFields) {
            if (json.has(field)) {
                return resultOf(status, json.get(field).asInt(-1), json);
            }
        }
        return ChannelResult.failed(status, "Answer carries no result code: " + answer);
    }

    private static ChannelResult resultOf(int status, int code, JsonNode json) {
        if (code == 0) {
            return ChannelResult.delivered(status);
        }
        String message = json.path("errmsg").asString(json.path("msg").asString(""));
        return ChannelResult.failed(status, "code " + code + explanation(code) + ": " + message);
    }

    private static String explanation(int code) {
        return switch (code) {
            case 130101 -> " (DingTalk: over 20 messages a minute)";
            case 45009 -> " (WeCom: over the robot's rate limit)";
            case 19021 -> " (Feishu: wrong signature, check the secret and the clock)";
            default -> "";
        };
    }
}
