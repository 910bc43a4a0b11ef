package com.fapiaorelay.common.tax;

import java.time.LocalDateTime;
import java.util.List;

/** One page of a seller's day or part of it; {@code nextCursor} is null on the last page. */
public record TaxRecordPage(List<TaxRecord> records, String nextCursor) {

    public TaxRecordPage {
        records = List.copyOf(records);
    }

    public boolean last() {
        return nextCursor == null;
    }

    /** The page with only the records issued in {@code [from, to)}. */
    public TaxRecordPage within(LocalDateTime from, LocalDateTime to) {
        return new TaxRecordPage(
                records.stream()
                        .filter(r ->
                                !r.issuedAt().isBefore(from) && r.issuedAt().isBefore(to))
                        .toList(),
                nextCursor);
    }
}
