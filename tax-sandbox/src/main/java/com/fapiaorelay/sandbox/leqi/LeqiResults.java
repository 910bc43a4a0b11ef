package com.fapiaorelay.sandbox.leqi;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.leqi.LeqiStatus;
import com.fapiaorelay.common.tax.leqi.LeqiWire;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadAnswer;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.UploadResponse;
import com.fapiaorelay.sandbox.record.TaxRecordRows;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CXQDFPSCJG answer from an upload's stored answer and what the store holds now: an accepted invoice is uploaded
 * (00) once visible, processing (01) while its visibility is delayed, and absent from the list when it was silently
 * lost. Every status but 00 is the sandbox's assumption ({@link LeqiStatus}).
 */
@Component
class LeqiResults {

    private final TaxRecordRows records;
    private final JsonMapper json = JsonMapper.builder().build();

    LeqiResults(TaxRecordRows records) {
        this.records = records;
    }

    ObjectNode of(String storedAnswer) {
        List<UploadAnswer> answers = FapiaoJson.mapper()
                .readValue(storedAnswer, UploadResponse.class)
                .results();
        Set<InvoiceKey> visible = visible(answers);
        ArrayNode list = json.createArrayNode();
        for (UploadAnswer answer : answers) {
            InvoiceKey key = new InvoiceKey(answer.sellerTaxId(), answer.invoiceNumber());
            LeqiStatus status = status(answer, key, visible);
            if (status != null) {
                list.addObject()
                        .put("status", status.code())
                        .put("message", message(status, answer))
                        .put("fphm", answer.invoiceNumber());
            }
        }
        ObjectNode data = json.createObjectNode().put("returnmsg", "成功").put("returncode", LeqiWire.RETURN_OK);
        data.set("resultList", list);
        return data;
    }

    private LeqiStatus status(UploadAnswer answer, InvoiceKey key, Set<InvoiceKey> visible) {
        return switch (answer.status()) {
            case "REJECTED" -> LeqiStatus.FAILED;
            case "DUPLICATE" -> LeqiStatus.ALREADY_HELD;
            case "CONFLICT" -> LeqiStatus.HELD_WITH_OTHER_CONTENT;
            default -> {
                if (visible.contains(key)) {
                    yield LeqiStatus.UPLOADED;
                }
                yield records.held(key).isEmpty() ? null : LeqiStatus.PROCESSING;
            }
        };
    }

    private Set<InvoiceKey> visible(List<UploadAnswer> answers) {
        List<InvoiceKey> accepted = answers.stream()
                .filter(a -> a.status().equals("ACCEPTED"))
                .map(a -> new InvoiceKey(a.sellerTaxId(), a.invoiceNumber()))
                .toList();
        return records.find(accepted).stream().map(TaxRecord::key).collect(Collectors.toSet());
    }

    private static String message(LeqiStatus status, UploadAnswer answer) {
        return status == LeqiStatus.FAILED ? answer.code() + " " + answer.message() : status.message();
    }
}
