package com.fapiaorelay.alert.delivery.channel.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeishuSignerTest {

    @Test
    void signsTimestampInSecondsAndSecretAsFeishuDocumentsIt() {
        assertThat(new FeishuSigner("test-secret").sign(1599360473L))
                .isEqualTo("wSds2BzzFIIGf/WrhUO+NI1q/9j+FRJd3JNHKAq0NZY=");
    }
}
