package com.fapiaorelay.upload.intake.csv;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.validation.Finding;
import java.util.List;

/** One invoice as read from its rows, with the cells that could not be read. */
public record ParsedInvoice(List<Integer> rows, Invoice invoice, List<Finding> formatFindings) {}
