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

    private SummaryChecksum() {}

    public static long term(String invoiceNumber, BigDecimal amount, BigDecimal tax, LocalDateTime issuedAt) {
        String text = String.join("|", invoiceNumber, money(amount), money(tax), SECONDS.format(issuedAt));
        return ByteBuffer.wrap(sha256(text.getBytes(StandardCharsets.UTF_8))).getLong();
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

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
