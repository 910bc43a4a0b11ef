package com.fapiaorelay.sync.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.common.event.InvoiceStatusChanged;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.kit.kafka.PoisonRecord;
import org.junit.jupiter.api.Test;

class StatusEventPayloadTest {

    private static final InvoiceStatusChanged EVENT = InvoiceStatusChanged.of(
            "upload-service",
            new InvoiceKey("91110108MA01AB3CX1", "26117000000000000001"),
            InvoiceState.UPLOADED,
            4,
            null,
            null,
            "R-1",
            null);

    @Test
    void readsTheEventUploadServicePublishes() {
        InvoiceStatusChanged read = StatusEventPayload.parse(FapiaoJson.mapper().writeValueAsString(EVENT));

        assertThat(read).isEqualTo(EVENT);
    }

    @Test
    void unsupportedSchemaVersionIsPoison() {
        String json =
                FapiaoJson.mapper().writeValueAsString(EVENT).replace("\"schemaVersion\":1", "\"schemaVersion\":7");

        assertThatThrownBy(() -> StatusEventPayload.parse(json))
                .isInstanceOf(PoisonRecord.class)
                .hasMessageContaining("schemaVersion 7");
    }

    @Test
    void malformedJsonIsPoison() {
        assertThatThrownBy(() -> StatusEventPayload.parse("{not json")).isInstanceOf(PoisonRecord.class);
    }

    @Test
    void eventWithoutInvoiceNumberIsPoison() {
        String json = FapiaoJson.mapper()
                .writeValueAsString(EVENT)
                .replace("\"invoiceNumber\":\"26117000000000000001\",", "");

        assertThatThrownBy(() -> StatusEventPayload.parse(json)).isInstanceOf(PoisonRecord.class);
    }
}
