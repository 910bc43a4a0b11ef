package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.invoice.Invoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The template as an OFD package (GB/T 33190): OFD.xml pointing to Doc_0/Document.xml, one page whose Content.xml
 * holds a TextObject per cell and an ImageObject for the QR code, the image in the document's resources.
 */
final class InvoiceOfd {

    private static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    private InvoiceOfd() {}

    static byte[] of(Invoice invoice) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "OFD.xml", ofd());
            put(zip, "Doc_0/Document.xml", document());
            put(zip, "Doc_0/PublicRes.xml", publicResources());
            put(zip, "Doc_0/DocumentRes.xml", documentResources());
            put(zip, "Doc_0/Pages/Page_0/Content.xml", content(TemplateLayout.cells(invoice)));
            zip.putNextEntry(new ZipEntry("Doc_0/Res/qr.png"));
            zip.write(InvoiceFiles.png(InvoiceFiles.qrImage(TemplateLayout.qrText(invoice), 200)));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ofd() {
        return "<ofd:OFD " + NS + " Version=\"1.1\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo>"
                + "<ofd:DocID>0C1D4F7159954EEEDE517F7285E84DC4</ofd:DocID><ofd:Creator>fapiao-relay tests</ofd:Creator>"
                + "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
    }

    private static String document() {
        return "<ofd:Document " + NS + "><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea>"
                + "<ofd:PhysicalBox>0 0 " + (int) TemplateLayout.WIDTH + " " + (int) TemplateLayout.HEIGHT
                + "</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
                + "<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages>"
                + "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>";
    }

    private static String publicResources() {
        return "<ofd:Res " + NS + " BaseLoc=\"Res\"><ofd:Fonts>"
                + "<ofd:Font ID=\"2\" FontName=\"楷体\" FamilyName=\"楷体\"/></ofd:Fonts></ofd:Res>";
    }

    private static String documentResources() {
        return "<ofd:Res " + NS
                + " BaseLoc=\"Res\"><ofd:MultiMedias><ofd:MultiMedia ID=\"3\" Type=\"Image\" Format=\"PNG\">"
                + "<ofd:MediaFile>qr.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>";
    }

    private static String content(List<TemplateLayout.Cell> cells) {
        StringBuilder xml = new StringBuilder("<ofd:Page " + NS + "><ofd:Content><ofd:Layer ID=\"4\">");
        int id = 10;
        for (TemplateLayout.Cell cell : cells) {
            double width = cell.size() * cell.text().length();
            xml.append(String.format(
                    Locale.ROOT,
                    "<ofd:TextObject ID=\"%d\" Boundary=\"%.2f %.2f %.2f %.2f\" Font=\"2\" Size=\"%.2f\">"
                            + "<ofd:TextCode X=\"0\" Y=\"%.2f\">%s</ofd:TextCode></ofd:TextObject>",
                    id++,
                    cell.x(),
                    cell.y() - cell.size(),
                    width,
                    cell.size() * 1.2,
                    cell.size(),
                    cell.size(),
                    escape(cell.text())));
        }
        xml.append(String.format(
                Locale.ROOT,
                "<ofd:ImageObject ID=\"%d\" Boundary=\"%.2f %.2f %.2f %.2f\" CTM=\"%.2f 0 0 %.2f 0 0\" ResourceID=\"3\"/>",
                id,
                TemplateLayout.QR_X,
                TemplateLayout.QR_Y,
                TemplateLayout.QR_SIZE,
                TemplateLayout.QR_SIZE,
                TemplateLayout.QR_SIZE,
                TemplateLayout.QR_SIZE));
        return xml.append("</ofd:Layer></ofd:Content></ofd:Page>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
