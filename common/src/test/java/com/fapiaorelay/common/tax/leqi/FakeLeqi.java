package com.fapiaorelay.common.tax.leqi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A 乐企 in memory, answering as the public captures do; each test bends one part of it. */
class FakeLeqi implements LeqiTransport {

    final Sm4 sm4 = Sm4.withHexKey(LeqiSettings.DEVELOPMENT_SM4_KEY);
    final List<String> paths = new ArrayList<>();
    final List<Map<String, String>> headers = new ArrayList<>();
    final List<Integer> uploadSizes = new ArrayList<>();
    final AtomicInteger resultQueries = new AtomicInteger();
    private final Map<String, List<String>> numbersBySerial = new HashMap<>();

    /** The status of one invoice number at the n-th query about its upload (0-based); null leaves it out. */
    BiFunction<String, Integer, String> status = (number, query) -> "00";

    /** Replaces the whole answer to an upload, when set. */
    Reply uploadReply;

    @Override
    public Reply post(String path, Map<String, String> sent, String body) throws IOException {
        paths.add(path);
        headers.add(sent);
        JsonNode request = LeqiJson.mapper().readTree(sm4.decryptFromBase64(body));
        if (path.endsWith("/" + LeqiWire.UPLOAD)) {
            return upload(request);
        }
        return results(request.path("sllsh").asString());
    }

    private Reply upload(JsonNode invoices) {
        uploadSizes.add(invoices.size());
        if (uploadReply != null) {
            return uploadReply;
        }
        String serial = UUID.randomUUID().toString().replace("-", "");
        List<String> numbers = new ArrayList<>();
        invoices.forEach(i -> numbers.add(i.path("fphm").asString()));
        numbersBySerial.put(serial, numbers);
        return ok(LeqiJson.mapper()
                .createObjectNode()
                .put("returnmsg", "成功")
                .put("returncode", "00")
                .put("sllsh", serial));
    }

    private Reply results(String serial) {
        int query = resultQueries.getAndIncrement();
        ArrayNode list = LeqiJson.mapper().createArrayNode();
        for (String number : numbersBySerial.getOrDefault(serial, List.of())) {
            String code = status.apply(number, query);
            if (code != null) {
                list.addObject().put("status", code).put("message", "m").put("fphm", number);
            }
        }
        ObjectNode data =
                LeqiJson.mapper().createObjectNode().put("returnmsg", "成功").put("returncode", "00");
        data.set("resultList", list);
        return ok(data);
    }

    Reply ok(JsonNode data) {
        String encrypted = sm4.encryptToBase64(LeqiJson.mapper().writeValueAsString(data));
        return new Reply(200, LeqiEnvelope.data("r1", encrypted).write(), null);
    }
}
