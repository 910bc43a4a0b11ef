package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.imageio.ImageIO;

/** The XML of a synthetic invoice, written to the element names of docs/invoice-files.md, and its QR image. */
final class InvoiceFiles {

    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private InvoiceFiles() {}

    static byte[] xml(Invoice invoice) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EInvoice>");
        xml.append("<Header><EIid>").append(invoice.invoiceNumber()).append("</EIid>");
        xml.append("<EInvoiceTag>SWEI1100</EInvoiceTag><Version>0.1</Version>");
        xml.append("<InherentLabel><GeneralOrSpecialVAT><LabelCode>")
                .append(invoice.kind() == InvoiceKind.SPECIAL ? "01" : "02")
                .append("</LabelCode></GeneralOrSpecialVAT></InherentLabel></Header><EInvoiceData>");
        xml.append("<SellerInformation>")
                .append(element("SellerIdNum", invoice.seller().taxId()))
                .append(element("SellerName", invoice.seller().name()))
                .append("</SellerInformation><BuyerInformation>")
                .append(element("BuyerIdNum", invoice.buyer().taxId()))
                .append(element("BuyerName", invoice.buyer().name()))
                .append("</BuyerInformation><BasicInformation>")
                .append(element("TotalAmWithoutTax", invoice.totalAmount()))
                .append(element("TotalTaxAm", invoice.totalTax()))
                .append(element("TotalTax-includedAmount", invoice.grandTotal()))
                .append(element("TotalTax-includedAmountInChinese", ChineseAmount.of(invoice.grandTotal())))
                .append(element("Drawer", invoice.issuer()))
                .append(element("RequestTime", invoice.issuedAt().format(REQUEST_TIME)))
                .append("</BasicInformation>");
        for (InvoiceLine line : invoice.lines()) {
            xml.append(item(line));
        }
        if (invoice.remarks() != null) {
            xml.append("<AdditionalInformation>").append(element("Remark", invoice.remarks()));
            xml.append("</AdditionalInformation>");
        }
        xml.append("</EInvoiceData><TaxSupervisionInfo>")
                .append(element("InvoiceNumber", invoice.invoiceNumber()))
                .append(element("IssueTime", invoice.issuedAt().toLocalDate()))
                .append("</TaxSupervisionInfo></EInvoice>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String item(InvoiceLine line) {
        return "<IssuItemInformation>"
                + element("ItemName", line.itemName())
                + element("SpecMod", line.specification())
                + element("MeaUnits", line.unit())
                + element("Quantity", line.quantity())
                + element("UnPrice", line.unitPrice())
                + element("Amount", line.amount())
                + element("TaxRate", line.taxRate())
                + element("ComTaxAm", line.taxAmount())
                + element("TaxClassificationCode", line.taxClassificationCode())
                + "</IssuItemInformation>";
    }

    private static String element(String name, Object value) {
        String text = value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
        return value == null ? "<" + name + "/>" : "<" + name + ">" + text + "</" + name + ">";
    }

    static BufferedImage qrImage(String text, int pixels) {
        try {
            return MatrixToImageWriter.toBufferedImage(new QRCodeWriter()
                    .encode(text, BarcodeFormat.QR_CODE, pixels, pixels, Map.of(EncodeHintType.MARGIN, 1)));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
