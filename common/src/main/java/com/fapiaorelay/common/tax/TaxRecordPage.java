package com.fapiaorelay.common.tax;

import java.util.List;

/** One page of a seller's day; {@code nextCursor} is null on the last page. */
public record TaxRecordPage(List<TaxRecord> records, String nextCursor) {

    public TaxRecordPage {
        records = List.copyOf(records);
    }

    public boolean last() {
        return nextCursor == null;
    }
}
