package com.fapiaorelay.common.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The content checksum of a summary bucket: the sum modulo 2^64 of one 64-bit term per record, so buckets merge
 * by adding and a record held twice does not cancel out as it would under XOR (docs/tax-interface.md "Summary").
 */
public final class SummaryChecksum {

    public static final String EMPTY = format(0);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    /** The sandbox takes a term for every invoice it stores, so each thread keeps its digest. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(SummaryChecksum::sha256);

    private SummaryChecksum() {}

    public static long term(String invoiceNumber, BigDecimal amount, BigDecimal tax, LocalDateTime issuedAt) {
        String text = invoiceNumber + '|' + money(amount) + '|' + money(tax) + '|' + seconds(issuedAt);
        return ByteBuffer.wrap(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)))
                .getLong();
    }

    public static long term(TaxRecord record) {
        return term(record.invoiceNumber(), record.totalAmount(), record.totalTax(), record.issuedAt());
    }

    public static String of(Collection<TaxRecord> records) {
        return format(records.stream().mapToLong(SummaryChecksum::term).sum());
    }

    public static String add(String left, String right) {
        return format(parse(left) + parse(right));
    }

    public static String format(long sum) {
        return HexFormat.of().toHexDigits(sum);
    }

    public static long parse(String checksum) {
        return HexFormat.fromHexDigitsToLong(checksum);
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** {@link #SECONDS}' text, written without the formatter's machinery for the years it writes with four digits. */
    private static String seconds(LocalDateTime time) {
        int year = time.getYear();
        if (year < 1 || year > 9999) {
            return SECONDS.format(time);
        }
        char[] text = "0000-00-00T00:00:00".toCharArray();
        digits(text, 0, 4, year);
        digits(text, 5, 2, time.getMonthValue());
        digits(text, 8, 2, time.getDayOfMonth());
        digits(text, 11, 2, time.getHour());
        digits(text, 14, 2, time.getMinute());
        digits(text, 17, 2, time.getSecond());
        return new String(text);
    }

    private static void digits(char[] text, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
