package com.fapiaorelay.kit.outbox;

import com.fapiaorelay.common.event.FapiaoEvent;
import com.fapiaorelay.common.json.FapiaoJson;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Appends outgoing events; call it inside the transaction that changes the state the event describes. */
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox (topic, message_key, payload) VALUES (?, ?, ?)";

    private final JdbcTemplate jdbc;

    public Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(String topic, String key, FapiaoEvent event) {
        jdbc.update(INSERT, topic, key, FapiaoJson.mapper().writeValueAsString(event));
    }

    public void appendAll(List<OutgoingEvent> events) {
        jdbc.batchUpdate(
                INSERT,
                events.stream()
                        .map(e -> new Object[] {
                            e.topic(), e.key(), FapiaoJson.mapper().writeValueAsString(e.event())
                        })
                        .toList());
    }

    /** One event bound for one topic under one key. */
    public record OutgoingEvent(String topic, String key, FapiaoEvent event) {}
}
