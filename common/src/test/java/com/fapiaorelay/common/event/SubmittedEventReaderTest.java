package com.fapiaorelay.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.testsupport.TestInvoices;
import org.junit.jupiter.api.Test;

class SubmittedEventReaderTest {

    @Test
    void readsTheCurrentSchemaVersion() {
        InvoiceSubmitted event = InvoiceSubmitted.of("erp", TestInvoices.invoice());

        assertThat(SubmittedEventReader.read(FapiaoJson.mapper().writeValueAsString(event)))
                .isEqualTo(event);
    }

    @Test
    void refusesAnUnsupportedVersionNamingTheSupportedOnes() {
        String json = FapiaoJson.mapper()
                .writeValueAsString(InvoiceSubmitted.of("erp", TestInvoices.invoice()))
                .replace("\"schemaVersion\":2", "\"schemaVersion\":9");

        assertThatThrownBy(() -> SubmittedEventReader.read(json))
                .isInstanceOf(UnreadableEvent.class)
                .hasMessageContaining("unsupported schemaVersion 9")
                .hasMessageContaining("supported: [2]");
    }

    @Test
    void refusesMalformedJson() {
        assertThatThrownBy(() -> SubmittedEventReader.read("{not json")).isInstanceOf(UnreadableEvent.class);
    }
}
