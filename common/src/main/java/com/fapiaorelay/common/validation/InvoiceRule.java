package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;

/** One topic of validation. Rules tolerate missing fields: reporting those is {@link RequiredFields}' job. */
interface InvoiceRule {

    void check(Invoice invoice, Findings findings);
}
