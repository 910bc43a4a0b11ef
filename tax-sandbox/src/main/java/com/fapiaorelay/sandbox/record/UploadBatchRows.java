package com.fapiaorelay.sandbox.record;

import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each upload's answer under its acceptance serial number, kept as the JSON it was answered with. */
@Repository
public class UploadBatchRows {

    private final JdbcClient jdbc;

    UploadBatchRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String serial, String answer) {
        jdbc.sql("INSERT INTO upload_batch (serial, answer) VALUES (:serial, :answer)")
                .param("serial", serial)
                .param("answer", answer)
                .update();
    }

    /** The answer, if the upload is no older than {@code keptFor}. */
    public Optional<String> answer(String serial, Duration keptFor) {
        return jdbc.sql("""
                        SELECT answer FROM upload_batch
                         WHERE serial = :serial AND answered_at > now() - :keptMs * interval '1 millisecond'
                        """)
                .param("serial", serial)
                .param("keptMs", keptFor.toMillis())
                .query(String.class)
                .optional();
    }
}
