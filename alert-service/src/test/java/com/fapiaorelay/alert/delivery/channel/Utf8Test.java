package com.fapiaorelay.alert.delivery.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void textThatFitsIsKeptWhole() {
        assertThat(Utf8.truncate("发票", 6)).isEqualTo("发票");
    }

    @Test
    void cutsChineseTextAtACharacterBoundaryWithinTheBudget() {
        String cut = Utf8.truncate("发票未上传发票未上传", 10);

        assertThat(cut).isEqualTo("发票…");
        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void neverSplitsASurrogatePair() {
        String cut = Utf8.truncate("a😀😀😀", 9);

        assertThat(cut).isEqualTo("a😀…");
        assertThat(new String(cut.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(cut);
    }
}
