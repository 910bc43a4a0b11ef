package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.common.invoice.InvoiceState;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts over a seller's invoices issued on one day, for the daily report. */
@Component
public class LedgerStatistics {

    private final LedgerQueries queries;
    private final JdbcClient jdbc;

    LedgerStatistics(LedgerQueries queries, JdbcClient jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    public Map<InvoiceState, Long> countByState(String sellerTaxId, LocalDate day) {
        return queries.countByState(new LedgerFilter(Set.of(sellerTaxId), null, day, day));
    }

    /** Confirmed after at least one re-upload round: lost on the way and recovered without a human. */
    public long recoveredAutomatically(String sellerTaxId, LocalDate day) {
        return jdbc.sql("""
                        SELECT count(*) FROM ledger
                         WHERE seller_tax_id = :seller AND issued_at >= :from AND issued_at < :to
                           AND state = 'CONFIRMED' AND reupload_rounds > 0
                        """)
                .param("seller", sellerTaxId)
                .param("from", day.atStartOfDay())
                .param("to", day.plusDays(1).atStartOfDay())
                .query(Long.class)
                .single();
    }
}
