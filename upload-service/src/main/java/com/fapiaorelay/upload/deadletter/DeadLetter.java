package com.fapiaorelay.upload.deadletter;

import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.kit.kafka.KafkaKitAutoConfiguration;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * A submission the poison path set aside: the invoice its record key names (null when the key names none), the
 * refusal's code and its reason, and where it lies in the dead letters.
 */
record DeadLetter(InvoiceKey key, String recordKey, String code, String reason, int partition, long offset) {

    private static final int REASON_LENGTH = 500;
    private static final String UNKNOWN = "UNKNOWN";

    static DeadLetter of(ConsumerRecord<String, String> record) {
        String reason = header(record.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        return new DeadLetter(
                keyOf(record.key()),
                record.key(),
                orElse(header(record.headers(), KafkaKitAutoConfiguration.REFUSAL_CODE_HEADER), UNKNOWN),
                reason == null || reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH) + "…",
                record.partition(),
                record.offset());
    }

    private static InvoiceKey keyOf(String recordKey) {
        try {
            return recordKey == null ? null : InvoiceKey.parse(recordKey);
        } catch (IllegalArgumentException notAKey) {
            return null;
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
