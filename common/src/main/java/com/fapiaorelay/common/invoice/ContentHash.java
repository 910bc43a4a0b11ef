package com.fapiaorelay.common.invoice;

import com.fapiaorelay.common.json.FapiaoJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over an invoice's canonical JSON: equal hashes mean the same content. Canonical means money at scale 2 and
 * other decimals without trailing zeros, so {@code "100.0"} and {@code "100.00"} are the same content. An invoice
 * already canonical (every one we build ourselves) hashes exactly as its JSON text did before canonical forms.
 */
public final class ContentHash {

    /** A value this far out of magnitude is refused before hashing; it is left as it is rather than expanded. */
    private static final int SANE_SCALE = 40;

    /** Every upload the sandbox takes is hashed here, so each thread keeps its digest. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ContentHash::sha256);

    private ContentHash() {}

    public static String of(Invoice invoice) {
        // straight to UTF-8 bytes: a String in between was copied and encoded again, a hot spot of the sandbox
        return digest(FapiaoJson.mapper().writeValueAsBytes(canonical(invoice)));
    }

    /** The canonical JSON of {@code invoice}, for callers that keep it beside its {@link #ofJson hash}. */
    public static String canonicalJson(Invoice invoice) {
        return FapiaoJson.mapper().writeValueAsString(canonical(invoice));
    }

    /** The hash of JSON written by {@link #canonicalJson}. */
    public static String ofJson(String canonicalJson) {
        return digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
    }

    static Invoice canonical(Invoice invoice) {
        return new Invoice(
                invoice.invoiceNumber(),
                invoice.invoiceCode(),
                invoice.kind(),
                invoice.colour(),
                invoice.seller(),
                invoice.buyer(),
                invoice.buyerIsNaturalPerson(),
                money(invoice.totalAmount()),
                money(invoice.totalTax()),
                money(invoice.grandTotal()),
                invoice.issuedAt(),
                invoice.issuer(),
                invoice.remarks(),
                invoice.redLetter(),
                lines(invoice.lines()));
    }

    private static List<InvoiceLine> lines(List<InvoiceLine> lines) {
        return lines.stream()
                .map(line -> new InvoiceLine(
                        line.lineNumber(),
                        line.itemName(),
                        line.specification(),
                        line.unit(),
                        decimal(line.quantity()),
                        decimal(line.unitPrice()),
                        money(line.amount()),
                        decimal(line.taxRate()),
                        money(line.taxAmount()),
                        line.taxClassificationCode(),
                        line.lineNature(),
                        line.preferentialPolicy()))
                .toList();
    }

    private static BigDecimal money(BigDecimal value) {
        if (value == null || value.scale() == 2 || Math.abs(value.scale()) > SANE_SCALE) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 2 ? value.setScale(2) : stripped;
    }

    private static BigDecimal decimal(BigDecimal value) {
        if (value == null || Math.abs(value.scale()) > SANE_SCALE) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String digest(byte[] json) {
        return HexFormat.of().formatHex(SHA_256.get().digest(json));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
