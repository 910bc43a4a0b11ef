package com.fapiaorelay.common.invoice;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * An invoice's canonical JSON written straight to UTF-8, byte for byte what {@code FapiaoJson} writes for
 * {@link ContentHash#canonical}, without binding machinery or copies: the hash of every upload needs it. Anything
 * Jackson might write in a form not reproduced here (a string needing an escape, a decimal in exponent form, a time
 * with fractions of a second) makes {@link #write} decline, and the caller asks Jackson instead.
 */
final class CanonicalBytes {

    private byte[] bytes = new byte[4096];
    private int length;

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Whether the invoice was written; when not, the buffer holds nothing of use. */
    boolean write(Invoice invoice) {
        length = 0;
        return object()
                && string("invoiceNumber", invoice.invoiceNumber())
                && string("invoiceCode", invoice.invoiceCode())
                && name(invoice.kind(), "kind")
                && name(invoice.colour(), "colour")
                && party("seller", invoice.seller())
                && party("buyer", invoice.buyer())
                && field("buyerIsNaturalPerson", invoice.buyerIsNaturalPerson() ? "true" : "false")
                && decimal("totalAmount", ContentHash.money(invoice.totalAmount()))
                && decimal("totalTax", ContentHash.money(invoice.totalTax()))
                && decimal("grandTotal", ContentHash.money(invoice.grandTotal()))
                && time("issuedAt", invoice.issuedAt())
                && string("issuer", invoice.issuer())
                && string("remarks", invoice.remarks())
                && redLetter(invoice.redLetter())
                && lines(invoice.lines())
                && close('}');
    }

    private boolean party(String name, Party party) {
        return party == null
                || key(name)
                        && object()
                        && string("name", party.name())
                        && string("taxId", party.taxId())
                        && string("address", party.address())
                        && string("phone", party.phone())
                        && string("bank", party.bank())
                        && string("account", party.account())
                        && close('}')
                        && comma();
    }

    private boolean redLetter(RedLetter redLetter) {
        return redLetter == null
                || key("redLetter")
                        && object()
                        && string("originalInvoiceNumber", redLetter.originalInvoiceNumber())
                        && string("confirmationNumber", redLetter.confirmationNumber())
                        && string("reason", redLetter.reason())
                        && close('}')
                        && comma();
    }

    private boolean lines(List<InvoiceLine> lines) {
        key("lines");
        put('[');
        for (InvoiceLine line : lines) {
            if (!line(line)) {
                return false;
            }
        }
        return close(']') && comma();
    }

    private boolean line(InvoiceLine line) {
        return object()
                && field("lineNumber", Integer.toString(line.lineNumber()))
                && string("itemName", line.itemName())
                && string("specification", line.specification())
                && string("unit", line.unit())
                && decimal("quantity", ContentHash.decimal(line.quantity()))
                && decimal("unitPrice", ContentHash.decimal(line.unitPrice()))
                && decimal("amount", ContentHash.money(line.amount()))
                && decimal("taxRate", ContentHash.decimal(line.taxRate()))
                && decimal("taxAmount", ContentHash.money(line.taxAmount()))
                && string("taxClassificationCode", line.taxClassificationCode())
                && string("lineNature", line.lineNature())
                && string("preferentialPolicy", line.preferentialPolicy())
                && close('}')
                && comma();
    }

    private boolean name(Enum<?> value, String name) {
        return value == null || key(name) && quoted(value.name());
    }

    private boolean decimal(String name, BigDecimal value) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        // Jackson may write a decimal in exponent form as it is or expanded; which is not reproduced here
        return text.indexOf('E') < 0 && key(name) && quoted(text);
    }

    private boolean time(String name, LocalDateTime time) {
        if (time == null) {
            return true;
        }
        if (time.getNano() != 0 || time.getYear() < 0 || time.getYear() > 9999) {
            return false;
        }
        key(name);
        put('"');
        digits(time.getYear(), 4);
        put('-');
        digits(time.getMonthValue(), 2);
        put('-');
        digits(time.getDayOfMonth(), 2);
        put('T');
        digits(time.getHour(), 2);
        put(':');
        digits(time.getMinute(), 2);
        put(':');
        digits(time.getSecond(), 2);
        put('"');
        return comma();
    }

    private boolean string(String name, String value) {
        return value == null || key(name) && quoted(value);
    }

    private boolean field(String name, String literal) {
        key(name);
        ascii(literal);
        return comma();
    }

    private boolean quoted(String value) {
        put('"');
        if (!text(value)) {
            return false;
        }
        put('"');
        return comma();
    }

    /** UTF-8 of {@code value}; false for what JSON escapes, and for surrogates, which Jackson may escape. */
    private boolean text(String value) {
        ensure(value.length() * 3);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 || c == '"' || c == '\\') {
                    return false;
                }
                bytes[length++] = (byte) c;
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                return false;
            } else {
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return true;
    }

    private boolean key(String name) {
        put('"');
        ascii(name);
        put('"');
        put(':');
        return true;
    }

    private boolean object() {
        put('{');
        return true;
    }

    /** Ends an object or array, replacing the comma after its last member. */
    private boolean close(char bracket) {
        if (bytes[length - 1] == ',') {
            length--;
        }
        put(bracket);
        return true;
    }

    private boolean comma() {
        put(',');
        return true;
    }

    private void digits(int value, int width) {
        ensure(width);
        for (int i = width - 1; i >= 0; i--) {
            bytes[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
    }

    private void put(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
