package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Valid, varied 数电票 from a seed: one to four lines, specification and unit sometimes, rates 13/9/6/3%. */
final class SyntheticInvoices {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final List<String> COMPANIES = List.of(
            "北京示例科技有限公司",
            "北京云杉信息技术有限公司",
            "北京华语数据服务有限公司",
            "北京青松软件有限公司",
            "北京明远咨询有限公司",
            "北京星河网络科技有限公司",
            "北京长安建设工程有限公司",
            "北京京西物流有限公司",
            "北京海淀文化传媒有限公司",
            "北京朝阳餐饮管理有限公司");
    private static final List<String> ITEMS = List.of(
            "*信息技术服务*软件开发服务",
            "*信息技术服务*信息系统服务",
            "*现代服务*咨询服务",
            "*餐饮服务*餐费",
            "*物流辅助服务*仓储服务",
            "*文化服务*广告服务",
            "*计算机配套产品*键盘",
            "*纸制品*打印纸");
    private static final List<String> CODES =
            List.of("3040201990000000000", "3040203000000000000", "3040603000000000000", "3070401000000000000");
    private static final List<String> SPECIFICATIONS = List.of("V2.0", "标准版", "A4", "K120");
    private static final List<String> UNITS = List.of("套", "次", "个", "项", "箱");
    private static final List<String> ISSUERS = List.of("李四", "王芳", "张伟", "赵敏");
    private static final List<BigDecimal> RATES =
            List.of(new BigDecimal("0.13"), new BigDecimal("0.09"), new BigDecimal("0.06"), new BigDecimal("0.03"));

    private SyntheticInvoices() {}

    static Invoice invoice(long seed) {
        Random random = new Random(seed);
        boolean special = random.nextInt(3) == 0;
        int sellerIndex = random.nextInt(COMPANIES.size());
        int buyerIndex = (sellerIndex + 1 + random.nextInt(COMPANIES.size() - 1)) % COMPANIES.size();
        String buyerTaxId = special || random.nextBoolean() ? uscc(random) : null;
        List<InvoiceLine> lines = new ArrayList<>();
        int lineCount = 1 + random.nextInt(4);
        for (int i = 1; i <= lineCount; i++) {
            lines.add(line(i, random));
        }
        BigDecimal amount = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = lines.stream().map(InvoiceLine::taxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Invoice(
                String.format("2611700%013d", Math.floorMod(random.nextLong(), 10_000_000_000_000L)),
                null,
                special ? InvoiceKind.SPECIAL : InvoiceKind.NORMAL,
                InvoiceColour.BLUE,
                Party.of(COMPANIES.get(sellerIndex), uscc(random)),
                Party.of(COMPANIES.get(buyerIndex), buyerTaxId),
                false,
                amount,
                tax,
                amount.add(tax),
                LocalDateTime.of(2026, 1 + random.nextInt(2), 1 + random.nextInt(28), 8 + random.nextInt(10), 5, 30),
                pick(ISSUERS, random),
                random.nextInt(3) == 0 ? "合同号HT-2026-" + (100 + random.nextInt(900)) : null,
                null,
                lines);
    }

    private static InvoiceLine line(int number, Random random) {
        BigDecimal rate = pick(RATES, random);
        boolean counted = random.nextBoolean();
        BigDecimal quantity = counted ? BigDecimal.valueOf(1 + random.nextInt(20)) : null;
        BigDecimal unitPrice = counted ? BigDecimal.valueOf(100 + random.nextInt(500_000), 2) : null;
        BigDecimal amount = counted
                ? quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(1_000 + random.nextInt(5_000_000), 2);
        return new InvoiceLine(
                number,
                pick(ITEMS, random),
                counted && random.nextBoolean() ? pick(SPECIFICATIONS, random) : null,
                counted ? pick(UNITS, random) : null,
                quantity,
                unitPrice,
                amount,
                rate,
                amount.multiply(rate).setScale(2, RoundingMode.HALF_UP),
                pick(CODES, random),
                "00",
                null);
    }

    static String uscc(Random random) {
        StringBuilder id = new StringBuilder("911101");
        for (int i = 6; i < 17; i++) {
            id.append(i < 8 ? (char) ('0' + random.nextInt(10)) : USCC_ALPHABET.charAt(random.nextInt(31)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(id.charAt(i)) * USCC_WEIGHTS[i];
        }
        return id.append(USCC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
