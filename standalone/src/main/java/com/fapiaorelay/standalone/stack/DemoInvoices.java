package com.fapiaorelay.standalone.stack;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import com.fapiaorelay.common.time.BusinessDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Realistic Beijing 数电票 as an ERP would issue them, seeded for repeatable runs. */
public final class DemoInvoices {

    private static final List<Party> SELLERS = List.of(
            new Party(
                    "北京海淀智云软件有限公司",
                    "91110108MA01AB3CX1",
                    "北京市海淀区中关村大街1号",
                    "010-62345678",
                    "中国工商银行北京中关村支行",
                    "0200001234567890123"),
            new Party(
                    "北京朝阳数科信息技术有限公司",
                    "91110105MA7K2D9E6W",
                    "北京市朝阳区建国路88号",
                    "010-85678901",
                    "招商银行北京分行",
                    "110912345610001"),
            new Party(
                    "北京东城通达咨询服务有限公司",
                    "91110101MA00H0PJ4A",
                    "北京市东城区东直门南大街5号",
                    "010-64012345",
                    "中国建设银行北京东直门支行",
                    "11050163540000000123"));
    private static final List<String> BUYERS =
            List.of("北京京东世纪贸易有限公司", "北京字节跳动科技有限公司", "北京百度网讯科技有限公司", "联想(北京)有限公司", "北京小米科技有限责任公司");
    private static final List<Item> ITEMS = List.of(
            new Item("*信息技术服务*软件开发服务", "3040201990000000000", "0.06"),
            new Item("*信息技术服务*信息系统集成服务", "3040203000000000000", "0.06"),
            new Item("*计算机配套产品*服务器", "1090511030000000000", "0.13"),
            new Item("*现代服务*咨询服务", "3040602000000000000", "0.06"));

    private final Random random;
    private final String runPrefix;
    private final int faultyPercent;
    private final Clock clock;
    private long sequence;

    /** Issued on China's clock; {@code faultyPercent} of the invoices carry a wrong grand total, as a faulty ERP export would. */
    public DemoInvoices(long seed, String runPrefix, int faultyPercent, Clock clock) {
        this.random = new Random(seed);
        this.runPrefix = runPrefix;
        this.faultyPercent = faultyPercent;
        this.clock = clock;
    }

    /** A prefix for invoice numbers that no earlier run used: seconds since the epoch, 7 digits. */
    public static String runPrefix() {
        return String.format("%07d", System.currentTimeMillis() / 1000 % 10_000_000);
    }

    public Invoice next() {
        return next(1 + random.nextInt(5));
    }

    public Invoice next(int lineCount) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= lineCount; i++) {
            lines.add(line(i));
        }
        BigDecimal amount = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = lines.stream().map(InvoiceLine::taxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal grandTotal =
                random.nextInt(100) < faultyPercent ? amount.add(tax).add(BigDecimal.ONE) : amount.add(tax);
        return new Invoice(
                nextNumber(),
                null,
                InvoiceKind.NORMAL,
                InvoiceColour.BLUE,
                SELLERS.get(random.nextInt(SELLERS.size())),
                Party.of(BUYERS.get(random.nextInt(BUYERS.size())), null),
                false,
                amount,
                tax,
                grandTotal,
                BusinessDays.now(clock).withNano(0).minusMinutes(random.nextInt(120)),
                "王会计",
                null,
                null,
                lines);
    }

    private InvoiceLine line(int number) {
        Item item = ITEMS.get(random.nextInt(ITEMS.size()));
        BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(10));
        BigDecimal unitPrice = BigDecimal.valueOf(100 + random.nextInt(500_000), 2);
        BigDecimal amount = unitPrice.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = new BigDecimal(item.rate());
        BigDecimal tax = amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        return new InvoiceLine(
                number, item.name(), null, "项", quantity, unitPrice, amount, rate, tax, item.code(), "00", null);
    }

    /** 数电票 number: year, Beijing (11), channel, then a sequence unique to this run. */
    private String nextNumber() {
        return String.format("%02d117%s%08d", BusinessDays.now(clock).getYear() % 100, runPrefix, ++sequence);
    }

    private record Item(String name, String code, String rate) {}
}
