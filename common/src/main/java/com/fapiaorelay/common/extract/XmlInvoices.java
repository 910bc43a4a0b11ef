package com.fapiaorelay.common.extract;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the 数电票 XML ({@code EInvoice}) by the element names public parsers agree on (docs/invoice-files.md).
 * Elements are looked up by local name under their parent, so a namespace prefix does not matter.
 */
final class XmlInvoices {

    private XmlInvoices() {}

    static DraftFields read(byte[] content) throws UnreadableFile {
        Element root = parse(content).getDocumentElement();
        if (!"EInvoice".equals(root.getLocalName())) {
            throw new UnreadableFile("not a 数电票 XML: root element " + root.getLocalName());
        }
        DraftFields draft = new DraftFields();
        Element data = child(root, "EInvoiceData");
        Element basic = child(data, "BasicInformation");
        Element supervision = child(root, "TaxSupervisionInfo");
        String number = text(supervision, "InvoiceNumber");
        put(draft, DraftFields.NUMBER, number != null ? number : text(child(root, "Header"), "EIid"));
        put(draft, DraftFields.KIND, kind(root));
        put(draft, DraftFields.ISSUED_AT, issuedAt(supervision, basic));
        put(draft, DraftFields.SELLER_NAME, text(child(data, "SellerInformation"), "SellerName"));
        put(draft, DraftFields.SELLER_TAX_ID, text(child(data, "SellerInformation"), "SellerIdNum"));
        put(draft, DraftFields.BUYER_NAME, text(child(data, "BuyerInformation"), "BuyerName"));
        put(draft, DraftFields.BUYER_TAX_ID, text(child(data, "BuyerInformation"), "BuyerIdNum"));
        put(draft, DraftFields.TOTAL_AMOUNT, text(basic, "TotalAmWithoutTax"));
        put(draft, DraftFields.TOTAL_TAX, text(basic, "TotalTaxAm"));
        put(draft, DraftFields.GRAND_TOTAL, text(basic, "TotalTax-includedAmount"));
        put(draft, DraftFields.ISSUER, text(basic, "Drawer"));
        put(draft, DraftFields.REMARKS, findText(data, "Remark"));
        readLines(data, draft);
        return draft;
    }

    private static void readLines(Element data, DraftFields draft) {
        int index = 0;
        for (Element item : children(data, "IssuItemInformation")) {
            line(draft, index, "itemName", text(item, "ItemName"));
            line(draft, index, "specification", text(item, "SpecMod"));
            line(draft, index, "unit", text(item, "MeaUnits"));
            line(draft, index, "quantity", plain(text(item, "Quantity")));
            line(draft, index, "unitPrice", plain(text(item, "UnPrice")));
            line(draft, index, "amount", text(item, "Amount"));
            line(draft, index, "taxRate", plain(text(item, "TaxRate")));
            line(draft, index, "taxAmount", text(item, "ComTaxAm"));
            line(draft, index, "taxClassificationCode", text(item, "TaxClassificationCode"));
            index++;
        }
    }

    /** 01 special, 02 normal, as one public parser maps {@code GeneralOrSpecialVAT/LabelCode}. */
    private static String kind(Element root) {
        Element label = child(child(child(root, "Header"), "InherentLabel"), "GeneralOrSpecialVAT");
        String code = label == null ? findText(root, "LabelCode") : text(label, "LabelCode");
        if ("01".equals(code)) {
            return "SPECIAL";
        }
        return "02".equals(code) ? "NORMAL" : null;
    }

    /** IssueTime is a date in public samples; RequestTime may carry the time of day. */
    private static String issuedAt(Element supervision, Element basic) {
        String requested = text(basic, "RequestTime");
        if (requested != null && requested.length() >= 19) {
            return requested.substring(0, 10) + "T" + requested.substring(11, 19);
        }
        String issued = text(supervision, "IssueTime");
        return issued == null || issued.length() < 10 ? null : issued.substring(0, 10);
    }

    private static void put(DraftFields draft, String field, String value) {
        draft.put(field, value, FieldSource.XML, 1.0);
    }

    private static void line(DraftFields draft, int index, String name, String value) {
        draft.putLine(index, name, value, FieldSource.XML, 1.0);
    }

    private static String plain(String number) {
        return number == null
                ? null
                : new BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    private static Document parse(byte[] content) throws UnreadableFile {
        try {
            return SafeXml.parse(content);
        } catch (SAXException | IOException e) {
            throw new UnreadableFile("XML cannot be parsed: " + e.getMessage());
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String... path) {
        Element element = parent;
        for (String name : path) {
            element = child(element, name);
        }
        return element == null || element.getTextContent().isBlank()
                ? null
                : element.getTextContent().strip();
    }

    private static String findText(Element root, String name) {
        NodeList found = root == null ? null : root.getElementsByTagNameNS("*", name);
        if (found == null) {
            return null;
        }
        return found.getLength() == 0 || found.item(0).getTextContent().isBlank()
                ? null
                : found.item(0).getTextContent().strip();
    }
}
