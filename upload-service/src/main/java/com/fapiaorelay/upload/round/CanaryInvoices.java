package com.fapiaorelay.upload.round;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The invoice of one simulated upload: the canary seller, a fresh number each time, one 100.00 line at 6%. */
final class CanaryInvoices {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal AMOUNT = new BigDecimal("100.00");
    private static final BigDecimal RATE = new BigDecimal("0.06");
    private static final BigDecimal TAX = new BigDecimal("6.00");

    private final String seller;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    CanaryInvoices(String seller, Clock clock) {
        this.seller = seller;
        this.clock = clock;
    }

    Invoice next() {
        // 9 first: never a number our ERPs issue; then the time and a sequence, so every probe is a new invoice
        String number = "9%016d%03d".formatted(clock.millis(), sequence.incrementAndGet() % 1000);
        return new Invoice(
                number,
                null,
                InvoiceKind.NORMAL,
                InvoiceColour.BLUE,
                Party.of("模拟上传测试", seller),
                Party.of("模拟上传测试", null),
                false,
                AMOUNT,
                TAX,
                AMOUNT.add(TAX),
                LocalDateTime.now(clock.withZone(CHINA)).withNano(0),
                "canary",
                "模拟上传测试 / simulated upload",
                null,
                List.of(InvoiceLine.simple(1, "*信息技术服务*模拟上传测试", "3040201990000000000", AMOUNT, RATE, TAX)));
    }
}
