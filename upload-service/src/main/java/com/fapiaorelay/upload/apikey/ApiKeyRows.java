package com.fapiaorelay.upload.apikey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the api_key table; raw keys never reach it. */
@Repository
class ApiKeyRows {

    private final JdbcClient jdbc;

    ApiKeyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CreatedApiKey create(String name, List<String> sellerTaxIds) {
        UUID id = UUID.randomUUID();
        String rawKey = ApiKeySecrets.newRawKey();
        OffsetDateTime createdAt = jdbc.sql("""
                        INSERT INTO api_key (id, name, key_hash, seller_tax_ids)
                        VALUES (:id, :name, :hash, :sellers)
                        RETURNING created_at
                        """)
                .param("id", id)
                .param("name", name)
                .param("hash", ApiKeySecrets.hash(rawKey))
                .param("sellers", sellerTaxIds.toArray(String[]::new))
                .query(OffsetDateTime.class)
                .single();
        return new CreatedApiKey(id, name, sellerTaxIds, rawKey, createdAt);
    }

    Optional<ApiClient> findActive(String rawKey) {
        return jdbc.sql("""
                        SELECT id, name, seller_tax_ids FROM api_key
                         WHERE key_hash = :hash AND revoked_at IS NULL
                        """)
                .param("hash", ApiKeySecrets.hash(rawKey))
                .query(ApiKeyRows::client)
                .optional();
    }

    boolean revoke(UUID id) {
        return jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL")
                        .param("id", id)
                        .update()
                == 1;
    }

    private static ApiClient client(ResultSet rs, int row) throws SQLException {
        String[] sellers = (String[]) rs.getArray("seller_tax_ids").getArray();
        return new ApiClient(rs.getObject("id", UUID.class), rs.getString("name"), Set.copyOf(Arrays.asList(sellers)));
    }
}
