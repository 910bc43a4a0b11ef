package com.fapiaorelay.upload.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvDecodingTest {

    static final String TEXT = "销售方名称,北京示例科技有限公司";

    @Test
    void utf8WithExcelsByteOrderMarkIsReadWithoutIt() {
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);

        CsvDecoding.DecodedText decoded = CsvDecoding.decode(bytes, null);

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void gbkWithoutADeclaredCharsetIsDetected() {
        CsvDecoding.DecodedText decoded = CsvDecoding.decode(TEXT.getBytes(Charset.forName("GBK")), null);

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(CsvDecoding.GBK_FAMILY);
    }

    @Test
    void declaredCharsetIsTrustedAndHeldToIt() {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));

        assertThat(CsvDecoding.decode(gbk, Charset.forName("GBK")).text()).isEqualTo(TEXT);
        assertThatThrownBy(() -> CsvDecoding.decode(gbk, StandardCharsets.UTF_8))
                .isInstanceOf(CsvUnreadable.class);
    }
}
