package com.fapiaorelay.common.validation;

import static com.fapiaorelay.common.validation.Text.isBlank;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.Party;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Seller's and buyer's taxpayer IDs. A malformed ID is an error; a USCC failing only its check character is a
 * warning, because some genuine early codes do.
 */
final class TaxpayerIds implements InvoiceRule {

    // 15: region + organisation code; 17 and 20: a 15- or 18-character personal ID number + 2 digits.
    private static final Pattern OLDER_ID = Pattern.compile("\\d{6}[0-9A-Z]{9}|\\d{17}|\\d{17}[0-9X]\\d{2}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public void check(Invoice invoice, Findings findings) {
        checkParty(invoice.seller(), "seller.taxId", findings);
        checkParty(invoice.buyer(), "buyer.taxId", findings);
    }

    private static void checkParty(Party party, String field, Findings findings) {
        if (party != null && !isBlank(party.taxId())) {
            checkId(party.taxId(), field, findings);
        }
    }

    static void checkId(String id, String field, Findings findings) {
        if (id.length() == 18 && Uscc.hasValidFormat(id)) {
            if (!Uscc.hasValidCheckCharacter(id)) {
                char right = Uscc.checkCharacter(id);
                findings.addWithFix(Rule.TAXID_CHECKSUM, field, id.substring(0, 17) + right, right);
            }
        } else if (id.length() == 18 || !OLDER_ID.matcher(id).matches()) {
            findings.addWithFix(Rule.TAXID_FORMAT, field, repaired(id));
        }
    }

    /** Undoes the usual typing slips (spaces, lower case, O for 0, I for 1) when that yields a sound ID. */
    private static String repaired(String id) {
        String candidate = WHITESPACE
                .matcher(id)
                .replaceAll("")
                .toUpperCase(Locale.ROOT)
                .replace('O', '0')
                .replace('I', '1');
        return isSound(candidate) ? candidate : null;
    }

    private static boolean isSound(String id) {
        if (id.length() == 18) {
            return Uscc.hasValidFormat(id) && Uscc.hasValidCheckCharacter(id);
        }
        return OLDER_ID.matcher(id).matches();
    }
}
