package com.fapiaorelay.alert.delivery.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DingTalkSignerTest {

    @Test
    void signsTimestampAndSecretAsDingTalkDocumentsIt() {
        assertThat(new DingTalkSigner("SECtest").sign(1599360473000L))
                .isEqualTo("9uMBwWNha8Pcr4QQCL9YQitwL0E0g2JIxycWz23gAkE%3D");
    }
}
