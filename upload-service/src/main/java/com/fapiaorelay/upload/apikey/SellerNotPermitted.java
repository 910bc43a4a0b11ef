package com.fapiaorelay.upload.apikey;

import com.fapiaorelay.kit.web.ApiProblem;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpStatus;

/** An API key used for a seller it is not scoped to. */
class SellerNotPermitted extends ApiProblem {

    private SellerNotPermitted(String detail, List<String> sellers) {
        super(HttpStatus.FORBIDDEN, "seller-not-permitted", "Seller not permitted for this API key", detail);
        with("sellerTaxIds", sellers);
    }

    static SellerNotPermitted forSellers(ApiClient client, Collection<String> sellers) {
        return new SellerNotPermitted(
                "API 密钥 '" + client.name() + "' 无权提交这些销售方的发票，已记录审计 / key '" + client.name()
                        + "' may not submit for these sellers; the attempt was audited",
                List.copyOf(sellers));
    }
}
