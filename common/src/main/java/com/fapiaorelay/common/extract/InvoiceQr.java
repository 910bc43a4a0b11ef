package com.fapiaorelay.common.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The invoice QR code: {@code 01,<type>,<code>,<number>,<amount>,<yyyyMMdd>,<check>,<crc>}. On a 数电票 (20-digit
 * number, empty code) the amount is the total including tax; on an older invoice it is the amount excluding tax.
 */
public record InvoiceQr(String typeCode, String invoiceCode, String invoiceNumber, BigDecimal amount, LocalDate date) {

    private static final Pattern SEPARATOR = Pattern.compile("[,，]");
    private static final Pattern DIGITAL_NUMBER = Pattern.compile("\\d{20}");
    private static final Pattern OLD_NUMBER = Pattern.compile("\\d{8}");
    private static final Pattern MONEY = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    /** The QR code's fields, or empty when the text is not an invoice QR code. */
    public static Optional<InvoiceQr> parse(String text) {
        String[] parts = SEPARATOR.split(text.strip(), -1);
        if (parts.length < 6
                || !"01".equals(parts[0])
                || !MONEY.matcher(parts[4]).matches()) {
            return Optional.empty();
        }
        boolean digital = parts[2].isEmpty() && DIGITAL_NUMBER.matcher(parts[3]).matches();
        if (!digital && !OLD_NUMBER.matcher(parts[3]).matches()) {
            return Optional.empty();
        }
        return date(parts[5])
                .map(date -> new InvoiceQr(
                        parts[1], parts[2].isEmpty() ? null : parts[2], parts[3], new BigDecimal(parts[4]), date));
    }

    /** A fully digitalised invoice (数电票): no invoice code, 20-digit number, the amount includes tax. */
    public boolean digital() {
        return invoiceCode == null;
    }

    /** 31 is a 数电专票; 32 a 数电普票; other codes are older kinds or not recognised. */
    public boolean special() {
        return "31".equals(typeCode);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
