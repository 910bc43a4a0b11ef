package com.fapiaorelay.common.tax.leqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeqiEnvelopeTest {

    @Test
    void readsTheCapturedEnvelopeAndWritesItBackByteForByte() throws IOException {
        String captured = Sm4Test.resource("fpcy-answer-envelope.json");

        LeqiEnvelope envelope = LeqiEnvelope.read(captured);

        assertThat(envelope.httpStatusCode()).isEqualTo("200");
        assertThat(envelope.requestId()).isEqualTo("e0c4ae4cfb5ccb11");
        assertThat(Sm4.withHexKey(Sm4Test.CAPTURE_KEY).decryptFromBase64(envelope.data()))
                .startsWith("{\"returnmsg\":\"成功\",\"returncode\":\"00\"");
        assertThat(envelope.write()).isEqualTo(captured);
    }

    @Test
    void readsTheMocksStringEncodedResponseToo() {
        String mock =
                "{\"body\":\"{\\\"Response\\\":\\\"{\\\\\\\"RequestId\\\\\\\":\\\\\\\"x\\\\\\\",\\\\\\\"Data\\\\\\\":"
                        + "\\\\\\\"QUJD\\\\\\\"}\\\"}\",\"httpStatusCode\":\"00\"}";

        assertThat(LeqiEnvelope.read(mock).data()).isEqualTo("QUJD");
    }

    @Test
    void writesARefusalItCanReadBack() {
        LeqiEnvelope refusal = LeqiEnvelope.error("400", "r", "DecryptFailed", "body does not decrypt");

        assertThat(LeqiEnvelope.read(refusal.write())).isEqualTo(refusal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"body\":\"{}\"}", "{\"body\":\"not json\"}", "[1]"})
    void refusesWhatIsNotAnEnvelope(String answer) {
        assertThatThrownBy(() -> LeqiEnvelope.read(answer)).isInstanceOf(LeqiEnvelope.Unreadable.class);
    }
}
