package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKind;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed 数电票 on a 210 × 140 mm page, as the official template arranges it: title and QR code, number and
 * date top right, the buyer's block left of the seller's, the item table, 合计, 价税合计 in words and figures,
 * remarks, issuer. Positions in millimetres from the top left, {@code y} the baseline; PDF and OFD draw the same.
 */
final class TemplateLayout {

    static final double WIDTH = 210;
    static final double HEIGHT = 140;
    static final double QR_X = 10;
    static final double QR_Y = 6;
    static final double QR_SIZE = 22;
    private static final double TEXT = 3.2;
    private static final double TABLE = 2.8;
    private static final double[] COLUMNS = {8, 58, 80, 94, 108, 134, 160, 180};
    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

    record Cell(double x, double y, double size, String text) {}

    private TemplateLayout() {}

    static String qrText(Invoice invoice) {
        return String.join(
                ",",
                "01",
                invoice.kind() == InvoiceKind.SPECIAL ? "31" : "32",
                "",
                invoice.invoiceNumber(),
                invoice.grandTotal().toPlainString(),
                invoice.issuedAt().format(DateTimeFormatter.BASIC_ISO_DATE),
                "",
                String.format("%04X", Math.floorMod(invoice.invoiceNumber().hashCode(), 0x10000)));
    }

    static List<Cell> cells(Invoice invoice) {
        List<Cell> cells = new ArrayList<>();
        String title = invoice.kind() == InvoiceKind.SPECIAL ? "电子发票（增值税专用发票）" : "电子发票（普通发票）";
        cells.add(new Cell(62, 16, 6, title));
        cells.add(new Cell(148, 14, TEXT, "发票号码：" + invoice.invoiceNumber()));
        cells.add(new Cell(148, 20, TEXT, "开票日期：" + invoice.issuedAt().format(PRINTED_DATE)));
        parties(invoice, cells);
        double y = table(invoice, cells);
        cells.add(new Cell(COLUMNS[0], y, TEXT, "合计"));
        cells.add(new Cell(COLUMNS[5], y, TABLE, "¥" + invoice.totalAmount().toPlainString()));
        cells.add(new Cell(COLUMNS[7], y, TABLE, "¥" + invoice.totalTax().toPlainString()));
        y += 7;
        cells.add(new Cell(COLUMNS[0], y, TEXT, "价税合计（大写）"));
        cells.add(new Cell(50, y, TEXT, ChineseAmount.of(invoice.grandTotal())));
        cells.add(new Cell(140, y, TEXT, "（小写）¥" + invoice.grandTotal().toPlainString()));
        y += 8;
        cells.add(new Cell(COLUMNS[0], y, TEXT, "备注"));
        if (invoice.remarks() != null) {
            cells.add(new Cell(20, y, TEXT, invoice.remarks()));
        }
        cells.add(new Cell(COLUMNS[0], y + 10, TEXT, "开票人：" + invoice.issuer()));
        return cells;
    }

    private static void parties(Invoice invoice, List<Cell> cells) {
        String idLabel = "统一社会信用代码/纳税人识别号：";
        String buyerId = invoice.buyer().taxId() == null ? "" : invoice.buyer().taxId();
        cells.add(new Cell(6, 34, TEXT, "购"));
        cells.add(new Cell(12, 34, TEXT, "名称：" + invoice.buyer().name()));
        cells.add(new Cell(106, 34, TEXT, "销"));
        cells.add(new Cell(112, 34, TEXT, "名称：" + invoice.seller().name()));
        cells.add(new Cell(6, 42, TEXT, "买"));
        cells.add(new Cell(12, 42, TEXT, idLabel + buyerId));
        cells.add(new Cell(106, 42, TEXT, "售"));
        cells.add(new Cell(112, 42, TEXT, idLabel + invoice.seller().taxId()));
    }

    private static double table(Invoice invoice, List<Cell> cells) {
        String[] headings = {"项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"};
        for (int i = 0; i < headings.length; i++) {
            cells.add(new Cell(COLUMNS[i], 56, TABLE, headings[i]));
        }
        double y = 62;
        for (InvoiceLine line : invoice.lines()) {
            String[] values = {
                line.itemName(),
                line.specification(),
                line.unit(),
                plain(line.quantity()),
                plain(line.unitPrice()),
                line.amount().toPlainString(),
                line.taxRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%",
                line.taxAmount().toPlainString()
            };
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    cells.add(new Cell(COLUMNS[i], y, TABLE, values[i]));
                }
            }
            y += 5;
        }
        return Math.max(y + 4, 90);
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
