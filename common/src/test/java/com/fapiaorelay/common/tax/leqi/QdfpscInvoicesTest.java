package com.fapiaorelay.common.tax.leqi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import com.fapiaorelay.common.invoice.RedLetter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The field map of docs/leqi.md, one row per field. */
class QdfpscInvoicesTest {

    static final LeqiSettings.Device DEVICE = new LeqiSettings.Device("10.0.0.8", "EE:BB:CC:DD", "13700000000");

    static final Invoice RED_SPECIAL = new Invoice(
            "24634804680000083373",
            null,
            InvoiceKind.SPECIAL,
            InvoiceColour.RED,
            new Party("国网淄博供电公司", "91370300164105335Y", "淄博市张店区", "0533-1234567", "建设银行淄博分行", "3705001"),
            new Party("烽火通信科技股份有限公司", "914200007146661114", "武汉市洪山区", "027-87691905", "建设银行藏龙岛支行", "9512698"),
            false,
            new BigDecimal("-10.00"),
            new BigDecimal("-1.30"),
            new BigDecimal("-11.30"),
            LocalDateTime.of(2024, 10, 23, 15, 48, 50),
            "石延",
            "退货",
            new RedLetter("24634804680000080001", "4403012024000123", "02"),
            List.of(new InvoiceLine(
                    1,
                    "*发电*太阳能发电",
                    "X-1",
                    "千瓦时",
                    new BigDecimal("-2"),
                    new BigDecimal("5.00"),
                    new BigDecimal("-10.00"),
                    new BigDecimal("0.13"),
                    new BigDecimal("-1.30"),
                    "1100101010600000000",
                    "00",
                    "")));

    private final ObjectNode wire = QdfpscInvoices.toWire(RED_SPECIAL, "20240320", DEVICE);

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fphm      | 24634804680000083373
            lzfpbz    | 1
            ptbh      | 20240320
            fppz      | 01
            gmfzrrbz  | N
            qyDm      | 13700000000
            xsfnsrsbh | 91370300164105335Y
            xsfmc     | 国网淄博供电公司
            xsfdz     | 淄博市张店区
            xsfdh     | 0533-1234567
            xsfkhh    | 建设银行淄博分行
            xsfzh     | 3705001
            gmfnsrsbh | 914200007146661114
            gmfmc     | 烽火通信科技股份有限公司
            gmfdz     | 武汉市洪山区
            gmfdh     | 027-87691905
            gmfkhh    | 建设银行藏龙岛支行
            gmfzh     | 9512698
            kpr       | 石延
            kprq      | 2024-10-23 15:48:50
            bz        | 退货
            dylzfphm  | 24634804680000080001
            hzqrxxdbh | 4403012024000123
            ip        | 10.0.0.8
            macdz     | EE:BB:CC:DD
            """)
    void mapsTextField(String field, String expected) {
        assertThat(wire.path(field).isString()).as(field + " is text").isTrue();
        assertThat(wire.path(field).asString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hjje | -10.00
            hjse | -1.30
            jshj | -11.30
            """)
    void mapsMoneyAsJsonNumbers(String field, String expected) {
        assertThat(wire.path(field).isNumber()).as(field + " is a number").isTrue();
        assertThat(wire.path(field).decimalValue()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "fpmxList[0].{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mxxh          | 1
            xmmc          | 太阳能发电
            hwhyslwfwmc   | *发电*太阳能发电
            spfwjc        | 发电
            ggxh          | X-1
            dw            | 千瓦时
            sl            | -2
            dj            | 5.00
            je            | -10.00
            slv           | 0.13
            se            | -1.30
            hsje          | -11.30
            sphfwssflhbbm | 1100101010600000000
            fphxz         | 00
            yhzcbs        | ''
            """)
    void mapsLineField(String field, String expected) {
        JsonNode line = wire.path("fpmxList").get(0);
        assertThat(line.has(field)).as(field).isTrue();
        assertThat(line.path(field).asString()).isEqualTo(expected);
    }

    @Test
    void blueNormalInvoiceOfANaturalPersonWithoutQuantities() {
        Invoice blue = new Invoice(
                "24110000000000000001",
                null,
                InvoiceKind.NORMAL,
                InvoiceColour.BLUE,
                Party.of("卖方", "91110108MA01AB3CX1"),
                Party.of("张三", null),
                true,
                new BigDecimal("100.00"),
                new BigDecimal("6.00"),
                new BigDecimal("106.00"),
                LocalDateTime.of(2025, 1, 2, 3, 4, 5),
                "李四",
                null,
                null,
                List.of(InvoiceLine.simple(
                        1,
                        "软件开发服务",
                        "3040201990000000000",
                        new BigDecimal("100.00"),
                        new BigDecimal("0.06"),
                        new BigDecimal("6.00"))));
        ObjectNode blueWire = QdfpscInvoices.toWire(blue, "p", LeqiSettings.Device.NONE);

        assertThat(blueWire.path("lzfpbz").asString()).isEqualTo("0");
        assertThat(blueWire.path("fppz").asString()).isEqualTo("02");
        assertThat(blueWire.path("gmfzrrbz").asString()).isEqualTo("Y");
        assertThat(blueWire.path("gmfnsrsbh").asString()).isEmpty();
        assertThat(blueWire.path("dylzfphm").asString()).isEmpty();
        JsonNode line = blueWire.path("fpmxList").get(0);
        assertThat(line.path("sl").asString()).isEmpty();
        assertThat(line.path("spfwjc").asString()).isEmpty();
        assertThat(line.path("xmmc").asString()).isEqualTo("软件开发服务");
    }

    @Test
    void sendsOnlyFieldsTheCapturedUploadCarries() throws IOException {
        JsonNode captured = LeqiJson.mapper()
                .readTree(Sm4Test.resource("qdfpsc-request.json"))
                .get(0);

        assertThat(names(captured)).containsAll(names(wire));
        assertThat(names(captured.path("fpmxList").get(0)))
                .containsAll(names(wire.path("fpmxList").get(0)));
    }

    @Test
    void readsBackWhatItWrites() {
        Invoice back = QdfpscInvoices.fromWire(wire);

        RedLetter withoutReason = new RedLetter("24634804680000080001", "4403012024000123", null);
        assertThat(back)
                .usingRecursiveComparison()
                .ignoringFields("redLetter", "lines")
                .isEqualTo(RED_SPECIAL);
        assertThat(back.redLetter()).isEqualTo(withoutReason);
        assertThat(back.lines().get(0))
                .usingRecursiveComparison()
                .ignoringFields("preferentialPolicy")
                .isEqualTo(RED_SPECIAL.lines().get(0));
    }

    @Test
    void onlyShudianInvoicesTravel() {
        assertThat(QdfpscInvoices.travels(RED_SPECIAL)).isTrue();
        Invoice older = new Invoice(
                "12345678",
                "011001900111",
                InvoiceKind.NORMAL,
                InvoiceColour.BLUE,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
        assertThat(QdfpscInvoices.travels(older)).isFalse();
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
