package com.fapiaorelay.common.invoice;

/** Seller or buyer as printed on the invoice. Only the name is always present; a special invoice needs a tax ID. */
public record Party(String name, String taxId, String address, String phone, String bank, String account) {

    public static Party of(String name, String taxId) {
        return new Party(name, taxId, null, null, null, null);
    }
}
