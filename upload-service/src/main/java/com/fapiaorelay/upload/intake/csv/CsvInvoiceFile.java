package com.fapiaorelay.upload.intake.csv;

import java.util.List;

/** Reads a CSV export (UTF-8, or GBK as Chinese finance tools write it) into invoices, for offline checks too. */
public final class CsvInvoiceFile {

    private CsvInvoiceFile() {}

    public static List<ParsedInvoice> read(byte[] file, int maxRows) {
        return CsvInvoices.read(CsvDecoding.decode(file, null).text(), maxRows);
    }
}
