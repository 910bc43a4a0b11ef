package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import com.fapiaorelay.common.invoice.Party;
import java.util.List;

/** Garbled text in any text field; when the original can be recovered, the finding suggests it. Never repairs. */
final class GarbledTexts implements InvoiceRule {

    private static final int HEADER = -1;

    @Override
    public void check(Invoice invoice, Findings findings) {
        checkParty(invoice.seller(), "seller.", findings);
        checkParty(invoice.buyer(), "buyer.", findings);
        inspect(invoice.issuer(), HEADER, "issuer", findings);
        inspect(invoice.remarks(), HEADER, "remarks", findings);
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            inspect(line.itemName(), i, "itemName", findings);
            inspect(line.specification(), i, "specification", findings);
            inspect(line.unit(), i, "unit", findings);
        }
    }

    private static void checkParty(Party party, String prefix, Findings findings) {
        if (party != null) {
            inspect(party.name(), HEADER, prefix, "name", findings);
            inspect(party.address(), HEADER, prefix, "address", findings);
            inspect(party.bank(), HEADER, prefix, "bank", findings);
        }
    }

    private static void inspect(String text, int line, String name, Findings findings) {
        inspect(text, line, "", name, findings);
    }

    private static void inspect(String text, int line, String prefix, String name, Findings findings) {
        if (text == null || Mojibake.isAscii(text)) {
            return;
        }
        if (Mojibake.isLost(text)) {
            findings.add(Rule.GARBLED_TEXT, field(line, prefix, name));
            return;
        }
        String repaired = Mojibake.repaired(text);
        if (repaired != null) {
            findings.addWithFix(Rule.MISDECODED_TEXT, field(line, prefix, name), repaired, repaired);
        } else if (Mojibake.hasLatin1Run(text)) {
            findings.add(Rule.GARBLED_TEXT, field(line, prefix, name));
        }
    }

    private static String field(int line, String prefix, String name) {
        return line == HEADER ? prefix + name : Findings.line(line, name);
    }
}
