package com.fapiaorelay.alert.lifecycle;

import com.fapiaorelay.common.event.AnomalyRaised;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** Remembers applied event ids, so a replayed anomaly changes nothing. */
@Repository
class ProcessedEventRows {

    private final JdbcClient jdbc;

    ProcessedEventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the ids and answers the anomalies not applied before, once each, in their order. */
    List<AnomalyRaised> firstSeen(List<AnomalyRaised> anomalies) {
        Object[] ids = anomalies.stream().map(AnomalyRaised::eventId).toArray();
        Set<UUID> fresh = new HashSet<>(jdbc.sql("""
                        INSERT INTO processed_event (event_id) SELECT unnest(?)
                        ON CONFLICT DO NOTHING RETURNING event_id""")
                .param(new SqlArrayValue("uuid", ids))
                .query(UUID.class)
                .list());
        return anomalies.stream().filter(a -> fresh.remove(a.eventId())).toList();
    }

    // Kafka keeps a week by default; ids older than twice that can no longer be replayed.
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purgeOlderThanTwoWeeks() {
        jdbc.sql("DELETE FROM processed_event WHERE processed_at < now() - interval '14 days'")
                .update();
    }
}
