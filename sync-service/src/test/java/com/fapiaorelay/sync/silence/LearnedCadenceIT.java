package com.fapiaorelay.sync.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.common.topic.Topics;
import com.fapiaorelay.kit.outbox.Outbox;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.TopicRecorder;
import com.fapiaorelay.sync.ledger.LedgerRecords;
import com.fapiaorelay.sync.silence.SilenceProperties.Source;
import com.fapiaorelay.testsupport.SettableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The silence watch on a pinned clock, against seeded arrivals: a cadence learned from the same weekday and hour of
 * the last two weeks, and maintenance windows, configured and declared. Each test watches a source of its own, so the scheduled watch of the
 * test configuration never sees it.
 */
class LearnedCadenceIT extends SyncIntegrationTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Autowired
    LedgerRecords ledger;

    @Autowired
    ArrivalHistoryRows history;

    @Autowired
    SourceSilences silences;

    @Autowired
    MaintenanceRows maintenanceRows;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    private final String seller = SellerDay.fresh(WEDNESDAY).sellerTaxId();
    private final String name = "金蝶-北京-" + UUID.randomUUID().toString().substring(0, 8);
    private final SettableClock clock = new SettableClock(at(10, 0).toInstant());

    @Test
    void aSourceQuietFarBeyondItsUsualGapsRaisesOneAnomalyWordedWithWhatItUsuallyDoesAndResolvesWhenItSpeaks() {
        seedTwoHundredEveryFiveMinutesInTheTenOClockHourOfThePastTwoWednesdays();
        heardAt(at(9, 30));
        SilenceWatch watch = watching(new Source(name, List.of(seller), null, List.of()));

        watch.check();
        checkAt(watch, at(10, 9));
        assertThat(raised())
                .as("9 min of quiet is within twice the usual 5 min gap")
                .isFalse();

        checkAt(watch, at(10, 45));
        checkAt(watch, at(10, 46));

        assertThat(raised()).isTrue();
        JsonNode silent = await().atMost(Duration.ofSeconds(20))
                .until(this::announcements, announced -> !announced.isEmpty())
                .get(0);
        assertThat(silent.path("summary").asString())
                .startsWith(name + " 已 45 分钟没有提交发票, 平时每 5 分钟约 200 张 / ")
                .endsWith("has submitted no invoice for 45 min, usually about 200 every 5 min");
        assertThat(silent.path("detail").asString()).contains("longest usual gap 5 min, tolerated 10 min");

        heardAt(at(10, 50));
        checkAt(watch, at(10, 51));

        JsonNode resolved = await().atMost(Duration.ofSeconds(20))
                .until(this::announcements, announced -> announced.size() >= 2)
                .get(1);
        assertThat(resolved.path("resolved").asBoolean()).isTrue();
        assertThat(announcements()).as("raised once, then resolved").hasSize(2);
    }

    @Test
    void aSourceNeverHeardAtThisHourOfPastWeeksIsNotExpectedToSpeak() {
        seedTwoHundredEveryFiveMinutesInTheTenOClockHourOfThePastTwoWednesdays();
        heardAt(at(2, 0));
        SilenceWatch watch = watching(new Source(name, List.of(seller), null, List.of()));

        checkAt(watch, at(3, 0));
        checkAt(watch, at(5, 59));

        assertThat(raised()).isFalse();
    }

    @Test
    void noSilenceIsRaisedInAConfiguredMaintenanceWindowAndSilenceCountsFromItsEnd() {
        quietThroughMaintenanceThenRaisedAfterIt(
                new Source(name, List.of(seller), Duration.ofMinutes(10), List.of("10:00-11:00")));
    }

    @Test
    void noSilenceIsRaisedInADeclaredMaintenanceWindowAndSilenceCountsFromItsEnd() {
        maintenanceRows.insert(new MaintenanceView(
                UUID.randomUUID(),
                name,
                at(10, 0).toOffsetDateTime(),
                at(11, 0).toOffsetDateTime(),
                "ERP 升级",
                "ops",
                at(9, 0).toOffsetDateTime()));

        quietThroughMaintenanceThenRaisedAfterIt(new Source(name, List.of(seller), Duration.ofMinutes(10), List.of()));
    }

    private void quietThroughMaintenanceThenRaisedAfterIt(Source source) {
        heardAt(at(9, 0));
        SilenceWatch watch = watching(source);

        checkAt(watch, at(10, 0));
        checkAt(watch, at(10, 59));
        assertThat(raised()).as("two hours quiet, but in maintenance").isFalse();
        checkAt(watch, at(11, 8));
        assertThat(raised()).as("9 min after the last check in the window").isFalse();

        checkAt(watch, at(11, 11));

        assertThat(raised()).isTrue();
        assertThat(await().atMost(Duration.ofSeconds(20))
                        .until(this::announcements, announced -> !announced.isEmpty())
                        .get(0)
                        .path("summary")
                        .asString())
                .startsWith(name + " 已 12 分钟没有提交发票 / ");
    }

    private SilenceWatch watching(Source source) {
        SilenceProperties properties = new SilenceProperties(
                Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(4), List.of(source));
        SourceMaintenance maintenance = new SourceMaintenance(properties, maintenanceRows, clock);
        return new SilenceWatch(properties, ledger, history, silences, maintenance, outbox, transaction, clock);
    }

    private void checkAt(SilenceWatch watch, ZonedDateTime time) {
        clock.set(time.toInstant());
        watch.check();
    }

    /** 2,400 arrivals an hour, in batches of 200 at :00:30, :05:30 … :55:30, 7 and 14 days before {@link #WEDNESDAY}. */
    private void seedTwoHundredEveryFiveMinutesInTheTenOClockHourOfThePastTwoWednesdays() {
        jdbc.sql("""
                        INSERT INTO ledger (seller_tax_id, invoice_number, state, upstream_version, created_at, updated_at)
                        SELECT :seller, 'H' || w || '-' || b || '-' || n, 'CONFIRMED', 1, t, t
                          FROM generate_series(1, 2) w, generate_series(0, 11) b, generate_series(1, 200) n,
                               LATERAL (SELECT :hour::timestamptz - w * interval '7 days' + interval '30 seconds'
                                               + b * interval '5 minutes' AS t) arrival
                        """)
                .param("seller", seller)
                .param("hour", at(10, 0).toOffsetDateTime())
                .update();
    }

    private void heardAt(ZonedDateTime time) {
        jdbc.sql("""
                        INSERT INTO seller_activity (seller_tax_id, last_submission_at) VALUES (:seller, :at)
                        ON CONFLICT (seller_tax_id) DO UPDATE SET last_submission_at = EXCLUDED.last_submission_at
                        """)
                .param("seller", seller)
                .param("at", time.toOffsetDateTime())
                .update();
    }

    private boolean raised() {
        return jdbc.sql("SELECT silence_raised FROM source_silence WHERE source_name = :name")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    private List<JsonNode> announcements() {
        return TopicRecorder.on(Topics.ANOMALIES, "SILENT_SOURCE:" + name);
    }

    private static ZonedDateTime at(int hour, int minute) {
        return WEDNESDAY.atTime(LocalTime.of(hour, minute)).atZone(BusinessDays.CHINA);
    }
}
