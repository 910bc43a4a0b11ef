package com.fapiaorelay.kit.kafka;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Failures that say "the database or the broker is unreachable right now", not "this record is wrong": the only
 * ones worth retrying. Everything else a listener throws is a property of its records and would fail again.
 */
final class TransientFailures {

    /**
     * A commit or rollback that fails is the database's failure, never a record's: when PostgreSQL restarts under a
     * transaction, the statement's own error is replaced by "JDBC rollback failed" on the closed connection.
     */
    static final List<Class<? extends Exception>> CLASSES = List.of(
            TransientDataAccessException.class,
            DataAccessResourceFailureException.class,
            RecoverableDataAccessException.class,
            CannotCreateTransactionException.class,
            TransactionSystemException.class,
            SQLTransientException.class,
            SQLRecoverableException.class,
            RetriableException.class);

    /** SQLSTATE classes of a lost connection (08) and of a server shutting down or starting (57P). */
    private static final List<String> CONNECTION_STATES = List.of("08", "57P");

    private TransientFailures() {}

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isTransientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable cause) {
        if (CLASSES.stream().anyMatch(type -> type.isInstance(cause))) {
            return true;
        }
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && CONNECTION_STATES.stream().anyMatch(sql.getSQLState()::startsWith);
    }
}
