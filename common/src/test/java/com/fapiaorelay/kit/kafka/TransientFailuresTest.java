package com.fapiaorelay.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class TransientFailuresTest {

    @Test
    void rollbackFailingOnAConnectionClosedByARestartIsRetriedNotDeadLettered() {
        // what HikariCP 7 throws on a connection PostgreSQL's restart closed: no SQLSTATE to go by
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));

        assertThat(TransientFailures.isTransient(new RuntimeException("store", rollback)))
                .isTrue();
    }

    @Test
    void lostConnectionOrServerShuttingDownIsTransientByItsSqlState() {
        assertThat(TransientFailures.isTransient(new SQLException("I/O error", "08006")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("terminating connection", "57P01")))
                .isTrue();
    }

    @Test
    void aRecordsOwnFailureIsNot() {
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("value too long", "22001")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad amount")))
                .isFalse();
    }
}
