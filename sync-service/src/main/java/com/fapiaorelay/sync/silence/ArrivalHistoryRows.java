package com.fapiaorelay.sync.silence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When the sellers' invoices arrived, read from the ledger (its {@code created_at}: when it first heard of an invoice;
 * declared invoices still NOT_RECEIVED left out): what a source's cadence is learned from.
 */
@Repository
class ArrivalHistoryRows {

    private final JdbcClient jdbc;

    ArrivalHistoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Over the hour starting at {@code hour} one, two… {@code weeks} weeks earlier: how many invoices arrived, in how
     * many of those hours any did, and the longest gap within an hour heard from (an hour's start and end bound its
     * first and last gap).
     */
    Arrivals sameHourOfPastWeeks(Collection<String> sellers, OffsetDateTime hour, int weeks) {
        return jdbc.sql("""
                        WITH arrival AS (
                            SELECT h.start, l.created_at
                              FROM generate_series(1, :weeks) AS w,
                                   LATERAL (SELECT :hour::timestamptz - w * interval '7 days' AS start) h
                              JOIN ledger l
                                ON l.seller_tax_id = ANY(:sellers::text[])
                               AND l.created_at >= h.start AND l.created_at < h.start + interval '1 hour'
                               AND l.state <> 'NOT_RECEIVED'
                        ), gap AS (
                            SELECT created_at - coalesce(lag(created_at) OVER (PARTITION BY start ORDER BY created_at),
                                                         start) AS length
                              FROM arrival
                            UNION ALL
                            SELECT start + interval '1 hour' - max(created_at) FROM arrival GROUP BY start
                        )
                        SELECT (SELECT count(*) FROM arrival) AS arrivals,
                               (SELECT count(DISTINCT start) FROM arrival) AS hours,
                               (SELECT coalesce(extract(epoch FROM max(length)), 0)::bigint FROM gap) AS longest
                        """)
                .param("sellers", sellers.toArray(String[]::new))
                .param("hour", hour)
                .param("weeks", weeks)
                .query((rs, row) -> new Arrivals(
                        rs.getLong("arrivals"), rs.getInt("hours"), Duration.ofSeconds(rs.getLong("longest"))))
                .single();
    }

    /** What arrived in the hours looked at; {@code hours}: how many of them heard anything. */
    record Arrivals(long arrivals, int hours, Duration longestGap) {}
}
