package com.fapiaorelay.kit.kafka;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures that say "the database or the broker is unreachable right now", not "this record is wrong": the only
 * ones worth retrying. Everything else a listener throws is a property of its records and would fail again.
 */
final class TransientFailures {

    static final List<Class<? extends Exception>> CLASSES = List.of(
            TransientDataAccessException.class,
            DataAccessResourceFailureException.class,
            RecoverableDataAccessException.class,
            CannotCreateTransactionException.class,
            SQLTransientException.class,
            SQLRecoverableException.class,
            RetriableException.class);

    private TransientFailures() {}

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<? extends Exception> type : CLASSES) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }
}
