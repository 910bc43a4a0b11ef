package com.fapiaorelay.alert.delivery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per-channel state shared by replicas. The sending transaction locks the channel's row, so replicas count and
 * send one at a time per channel and a rate limit holds across all of them.
 */
@Repository
class ChannelHealthRows {

    // Attempts are logged with the clock after sending, so counting before the next send sees every earlier one.
    private static final String USAGE = """
            SELECT count(*) FILTER (WHERE attempted_at > clock_timestamp() - interval '1 second') AS last_second,
                   count(*) AS last_minute,
                   COALESCE(EXTRACT(EPOCH FROM min(attempted_at) FILTER (
                       WHERE attempted_at > clock_timestamp() - interval '1 second')
                       + interval '1 second' - clock_timestamp()) * 1000, 0)::bigint AS second_frees_in_millis,
                   COALESCE(EXTRACT(EPOCH FROM min(attempted_at) + interval '1 minute' - clock_timestamp()) * 1000,
                       0)::bigint AS minute_frees_in_millis
            FROM delivery_attempt WHERE channel = ? AND attempted_at > clock_timestamp() - interval '1 minute'
            """;

    private final JdbcClient jdbc;

    ChannelHealthRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the channel until the calling transaction ends. */
    void lock(String channel) {
        jdbc.sql("INSERT INTO channel_health (channel) VALUES (?) ON CONFLICT DO NOTHING")
                .param(channel)
                .update();
        jdbc.sql("SELECT channel FROM channel_health WHERE channel = ? FOR UPDATE")
                .param(channel)
                .query(String.class)
                .single();
    }

    ChannelUsage usage(String channel) {
        return jdbc.sql(USAGE).param(channel).query(ChannelUsage.class).single();
    }

    /** Counts one more failure in a row; answers the new count. */
    int countFailure(String channel) {
        return jdbc.sql("""
                        UPDATE channel_health SET consecutive_failures = consecutive_failures + 1
                        WHERE channel = ? RETURNING consecutive_failures""").param(channel).query(Integer.class).single();
    }

    void resetFailures(String channel) {
        jdbc.sql("UPDATE channel_health SET consecutive_failures = 0 WHERE channel = ?")
                .param(channel)
                .update();
    }

    /** Sets whether the channel's failing anomaly is raised; answers true when that changed it. */
    boolean markRaised(String channel, boolean raised) {
        return jdbc.sql("UPDATE channel_health SET failing_raised = ? WHERE channel = ? AND failing_raised <> ?")
                        .params(raised, channel, raised)
                        .update()
                == 1;
    }
}
