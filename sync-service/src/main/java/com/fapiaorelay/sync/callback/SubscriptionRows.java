package com.fapiaorelay.sync.callback;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code callback_subscription} table, each row read with its pending and dead delivery counts. */
@Repository
class SubscriptionRows {

    private static final String VIEW = """
            SELECT s.id, s.url, s.seller_tax_ids, s.states, s.created_by, s.created_at,
                   (SELECT count(*) FROM callback_delivery d WHERE d.subscription_id = s.id AND d.status = 'PENDING')
                       AS pending,
                   (SELECT count(*) FROM callback_delivery d WHERE d.subscription_id = s.id AND d.status = 'DEAD')
                       AS dead
              FROM callback_subscription s
            """;

    private final JdbcClient jdbc;

    SubscriptionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, CallbackRequest request, String createdBy, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO callback_subscription (id, url, secret, seller_tax_ids, states, created_by, created_at)
                        VALUES (:id, :url, :secret, :sellers::text[], :states::text[], :createdBy, :now)
                        """)
                .param("id", id)
                .param("url", request.url())
                .param("secret", request.secret())
                .param("sellers", request.sellerTaxIds().toArray(String[]::new))
                .param("states", request.states().stream().map(Enum::name).toArray(String[]::new))
                .param("createdBy", createdBy)
                .param("now", now)
                .update();
    }

    Optional<SubscriptionView> find(UUID id) {
        return jdbc.sql(VIEW + " WHERE s.id = :id")
                .param("id", id)
                .query(SubscriptionRows::view)
                .optional();
    }

    /** Every subscription whose sellers all lie within {@code sellers} (null: every subscription), oldest first. */
    List<SubscriptionView> within(Collection<String> sellers) {
        if (sellers == null) {
            return jdbc.sql(VIEW + " ORDER BY s.created_at")
                    .query(SubscriptionRows::view)
                    .list();
        }
        return jdbc.sql(VIEW + " WHERE s.seller_tax_ids <@ :sellers::text[] ORDER BY s.created_at")
                .param("sellers", sellers.toArray(String[]::new))
                .query(SubscriptionRows::view)
                .list();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM callback_subscription WHERE id = :id")
                .param("id", id)
                .update();
    }

    private static SubscriptionView view(ResultSet rs, int row) throws SQLException {
        return new SubscriptionView(
                rs.getObject("id", UUID.class),
                rs.getString("url"),
                texts(rs.getArray("seller_tax_ids")),
                texts(rs.getArray("states")),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getLong("pending"),
                rs.getLong("dead"));
    }

    static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
