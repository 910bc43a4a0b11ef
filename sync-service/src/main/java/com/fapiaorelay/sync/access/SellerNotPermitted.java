package com.fapiaorelay.sync.access;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** An API key used for a seller it is not scoped to; the problem mapping logs it at WARN with the key's id. */
class SellerNotPermitted extends ApiProblem {

    private SellerNotPermitted(String detail) {
        super(HttpStatus.FORBIDDEN, "seller-not-permitted", "Seller not permitted for this API key", detail);
    }

    static SellerNotPermitted forSeller(Caller caller, String sellerTaxId) {
        return new SellerNotPermitted("API 密钥 '" + caller.name() + "' 无权查看销售方 " + sellerTaxId + " 的数据，已记录 / key '"
                + caller.name() + "' (" + caller.actor() + ") may not read seller " + sellerTaxId
                + "; the refusal was logged");
    }
}
