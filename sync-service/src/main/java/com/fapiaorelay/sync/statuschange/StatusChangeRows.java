package com.fapiaorelay.sync.statuschange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the timeline after a cursor, in commit order, only changes of transactions older than every one still
 * running: a later page can then never hold a change ordered before this one's end.
 */
@Repository
class StatusChangeRows {

    private static final String AFTER = """
            SELECT id, tx_id::text AS tx_id, seller_tax_id, invoice_number, state, version, reason_code, reason,
                   occurred_at
              FROM timeline
             WHERE (tx_id, id) > (:tx::xid8, :id)
               AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
            """;
    private static final String ORDER = " ORDER BY tx_id, id LIMIT :limit";

    private final JdbcClient jdbc;

    StatusChangeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Changes after {@code cursor} of {@code sellers} (null: every seller), at most {@code limit}. */
    List<Row> after(ChangeCursor cursor, Collection<String> sellers, int limit) {
        var statement = jdbc.sql(AFTER + (sellers == null ? "" : " AND seller_tax_id = ANY(:sellers::text[])") + ORDER)
                .param("tx", Long.toString(cursor.transactionId()))
                .param("id", cursor.changeId())
                .param("limit", limit);
        if (sellers != null) {
            statement = statement.param("sellers", sellers.toArray(String[]::new));
        }
        return statement.query(StatusChangeRows::row).list();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        StatusChange change = StatusChange.read(rs, "id");
        return new Row(change, new ChangeCursor(Long.parseLong(rs.getString("tx_id")), change.changeId()));
    }

    record Row(StatusChange change, ChangeCursor cursor) {}
}
