package com.fapiaorelay.upload.intake;

import com.fapiaorelay.common.validation.Finding;
import java.util.List;

/** One invoice of a request that failed validation, by its position in the request, with everything found. */
record InvalidInvoice(int index, String sellerTaxId, String invoiceNumber, List<Finding> findings) {}
