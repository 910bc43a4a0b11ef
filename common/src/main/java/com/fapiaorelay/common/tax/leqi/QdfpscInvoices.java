package com.fapiaorelay.common.tax.leqi;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceColour;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import com.fapiaorelay.common.invoice.RedLetter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our {@link Invoice} as a QDFPSC array element and back (the field map in docs/leqi.md). Absent text is sent as
 * {@code ""} and money as JSON numbers, as the public capture does; the way back serves the sandbox.
 */
public final class QdfpscInvoices {

    public static final DateTimeFormatter ISSUE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** 数电票 numbers: QDFPSC carries no invoice code, so older invoices cannot travel on it. */
    private static final Pattern SHUDIAN_NUMBER = Pattern.compile("\\d{20}");

    private static final Pattern ITEM_NAME = Pattern.compile("\\*([^*]+)\\*(.*)", Pattern.DOTALL);

    private QdfpscInvoices() {}

    public static boolean travels(Invoice invoice) {
        return invoice.invoiceNumber() != null
                && SHUDIAN_NUMBER.matcher(invoice.invoiceNumber()).matches()
                && (invoice.invoiceCode() == null || invoice.invoiceCode().isEmpty());
    }

    public static ObjectNode toWire(Invoice invoice, String platformNumber, LeqiSettings.Device device) {
        ObjectNode wire = LeqiJson.mapper().createObjectNode();
        wire.put("fphm", invoice.invoiceNumber());
        wire.put("lzfpbz", invoice.colour() == InvoiceColour.RED ? "1" : "0");
        wire.put("ptbh", platformNumber);
        wire.put("fppz", invoice.kind() == InvoiceKind.SPECIAL ? "01" : "02");
        wire.put("gmfzrrbz", invoice.buyerIsNaturalPerson() ? "Y" : "N");
        wire.put("qyDm", device.regionCode());
        party(wire, "xsf", invoice.seller());
        party(wire, "gmf", invoice.buyer());
        wire.put("hjje", invoice.totalAmount());
        wire.put("hjse", invoice.totalTax());
        wire.put("jshj", invoice.grandTotal());
        wire.put("kpr", text(invoice.issuer()));
        RedLetter red = invoice.redLetter();
        wire.put("dylzfphm", red == null ? "" : text(red.originalInvoiceNumber()));
        wire.put("hzqrxxdbh", red == null ? "" : text(red.confirmationNumber()));
        wire.put("bz", text(invoice.remarks()));
        wire.put("ip", device.ip());
        wire.put("macdz", device.mac());
        wire.put("kprq", invoice.issuedAt() == null ? "" : ISSUE_TIME.format(invoice.issuedAt()));
        ArrayNode lines = wire.putArray("fpmxList");
        invoice.lines().forEach(line -> lines.add(line(line)));
        return wire;
    }

    /** The sandbox's way back; an unreadable field gives null, which the sandbox's checks then refuse. */
    public static Invoice fromWire(JsonNode wire) {
        boolean red = "1".equals(wire.path("lzfpbz").asString(""));
        return new Invoice(
                wire.path("fphm").asString(null),
                null,
                kind(wire.path("fppz").asString("")),
                red ? InvoiceColour.RED : InvoiceColour.BLUE,
                party(wire, "xsf"),
                party(wire, "gmf"),
                "Y".equals(wire.path("gmfzrrbz").asString("")),
                money(wire.path("hjje")),
                money(wire.path("hjse")),
                money(wire.path("jshj")),
                issueTime(wire.path("kprq").asString("")),
                orNull(wire.path("kpr")),
                orNull(wire.path("bz")),
                red ? new RedLetter(orNull(wire.path("dylzfphm")), orNull(wire.path("hzqrxxdbh")), null) : null,
                lines(wire.path("fpmxList")));
    }

    private static void party(ObjectNode wire, String prefix, Party party) {
        Party p = party == null ? Party.of(null, null) : party;
        wire.put(prefix + "nsrsbh", text(p.taxId()));
        wire.put(prefix + "mc", text(p.name()));
        wire.put(prefix + "dz", text(p.address()));
        wire.put(prefix + "dh", text(p.phone()));
        wire.put(prefix + "khh", text(p.bank()));
        wire.put(prefix + "zh", text(p.account()));
    }

    private static Party party(JsonNode wire, String prefix) {
        return new Party(
                orNull(wire.path(prefix + "mc")),
                orNull(wire.path(prefix + "nsrsbh")),
                orNull(wire.path(prefix + "dz")),
                orNull(wire.path(prefix + "dh")),
                orNull(wire.path(prefix + "khh")),
                orNull(wire.path(prefix + "zh")));
    }

    private static ObjectNode line(InvoiceLine line) {
        ObjectNode wire = LeqiJson.mapper().createObjectNode();
        wire.put("mxxh", line.lineNumber());
        String itemName = text(line.itemName());
        var parts = ITEM_NAME.matcher(itemName);
        boolean categorised = parts.matches();
        wire.put("xmmc", categorised ? parts.group(2) : itemName);
        wire.put("hwhyslwfwmc", itemName);
        wire.put("spfwjc", categorised ? parts.group(1) : "");
        wire.put("ggxh", text(line.specification()));
        wire.put("dw", text(line.unit()));
        numberOrEmpty(wire, "sl", line.quantity());
        numberOrEmpty(wire, "dj", line.unitPrice());
        wire.put("je", line.amount());
        wire.put("slv", line.taxRate());
        wire.put("se", line.taxAmount());
        wire.put(
                "hsje",
                line.amount() == null || line.taxAmount() == null
                        ? null
                        : line.amount().add(line.taxAmount()));
        wire.put("sphfwssflhbbm", text(line.taxClassificationCode()));
        wire.put("fphxz", text(line.lineNature()));
        wire.put("yhzcbs", text(line.preferentialPolicy()));
        return wire;
    }

    private static List<InvoiceLine> lines(JsonNode wire) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (JsonNode line : wire) {
            lines.add(new InvoiceLine(
                    line.path("mxxh").asInt(0),
                    orNull(line.path("hwhyslwfwmc")),
                    orNull(line.path("ggxh")),
                    orNull(line.path("dw")),
                    money(line.path("sl")),
                    money(line.path("dj")),
                    money(line.path("je")),
                    money(line.path("slv")),
                    money(line.path("se")),
                    orNull(line.path("sphfwssflhbbm")),
                    orNull(line.path("fphxz")),
                    orNull(line.path("yhzcbs"))));
        }
        return lines;
    }

    private static InvoiceKind kind(String fppz) {
        return switch (fppz) {
            case "01" -> InvoiceKind.SPECIAL;
            case "02" -> InvoiceKind.NORMAL;
            default -> null;
        };
    }

    private static void numberOrEmpty(ObjectNode wire, String field, BigDecimal value) {
        if (value == null) {
            wire.put(field, "");
        } else {
            wire.put(field, value);
        }
    }

    private static BigDecimal money(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String text = node.asString("").strip();
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDateTime issueTime(String text) {
        try {
            return LocalDateTime.parse(text.strip(), ISSUE_TIME);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(JsonNode node) {
        String text = node.asString("");
        return text.isEmpty() ? null : text;
    }
}
