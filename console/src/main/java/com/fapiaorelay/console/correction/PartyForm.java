package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.invoice.Party;

/** Seller or buyer as the form shows it. */
public record PartyForm(String name, String taxId, String address, String phone, String bank, String account) {

    static PartyForm of(Party party) {
        return party == null
                ? blank()
                : new PartyForm(
                        party.name(), party.taxId(), party.address(), party.phone(), party.bank(), party.account());
    }

    static PartyForm blank() {
        return new PartyForm(null, null, null, null, null, null);
    }

    Party toParty() {
        return new Party(
                FormValues.text(name),
                FormValues.text(taxId),
                FormValues.text(address),
                FormValues.text(phone),
                FormValues.text(bank),
                FormValues.text(account));
    }
}
