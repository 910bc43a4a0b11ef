package com.fapiaorelay.sync.silence;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code source_silence} table: per ERP source, from when its silence counts ({@code watched_since}: its first
 * watch, moved on while it is in maintenance and when its silence is announced) and whether that is announced.
 */
@Repository
class SourceSilences {

    private final JdbcClient jdbc;

    SourceSilences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The source's row, created on its first watch, locked until the transaction ends. */
    Watched lock(String sourceName, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO source_silence (source_name, watched_since) VALUES (:name, :now)
                        ON CONFLICT (source_name) DO NOTHING
                        """).param("name", sourceName).param("now", now).update();
        return jdbc.sql("SELECT watched_since, silence_raised FROM source_silence WHERE source_name = :name FOR UPDATE")
                .param("name", sourceName)
                .query((rs, row) -> new Watched(
                        rs.getObject("watched_since", OffsetDateTime.class), rs.getBoolean("silence_raised")))
                .single();
    }

    /** Silence counts from {@code since}; {@code raised}: whether it is announced. */
    void mark(String sourceName, OffsetDateTime since, boolean raised) {
        jdbc.sql("UPDATE source_silence SET watched_since = :since, silence_raised = :raised WHERE source_name = :name")
                .param("since", since)
                .param("raised", raised)
                .param("name", sourceName)
                .update();
    }

    record Watched(OffsetDateTime since, boolean silenceRaised) {}
}
