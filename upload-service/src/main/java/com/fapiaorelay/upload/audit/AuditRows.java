package com.fapiaorelay.upload.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to the audit table; the table itself refuses updates and deletes. */
@Repository
public class AuditRows {

    private final JdbcClient jdbc;

    AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action in the caller's transaction, so it stands or falls with the action. */
    @Transactional
    public void record(String actor, String action, String sellerTaxId, String detail) {
        jdbc.sql("""
                        INSERT INTO audit_event (actor, action, seller_tax_id, detail)
                        VALUES (:actor, :action, :seller, :detail)
                        """)
                .param("actor", actor)
                .param("action", action)
                .param("seller", sellerTaxId)
                .param("detail", detail)
                .update();
    }

    /** Records a refused attempt in its own transaction: the refusal's exception must not roll it back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String sellerTaxId, String detail) {
        record(actor, action, sellerTaxId, detail);
    }
}
