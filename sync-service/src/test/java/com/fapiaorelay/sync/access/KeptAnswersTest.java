package com.fapiaorelay.sync.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {

    private static final Instant NOW = Instant.parse("2025-03-14T02:00:00Z");
    private static final Optional<Caller> ERP = Optional.of(new Caller("api-key:1", "erp", Set.of("S"), false));

    @Test
    void aFloodOfRandomKeysStaysWithinTheBound() {
        var answers = new KeptAnswers(100, Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));

        for (int i = 0; i < 5_000; i++) {
            answers.answer("random-" + i, Optional::empty);
        }

        assertThat(answers.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void anAnswerIsKeptForItsTimeThenAskedAgain() {
        AtomicInteger questions = new AtomicInteger();
        AtomicReference<Instant> now = new AtomicReference<>(NOW);
        var answers = new KeptAnswers(100, Duration.ofSeconds(30), new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });

        answers.answer("h", () -> count(questions));
        now.set(NOW.plusSeconds(29));
        assertThat(answers.answer("h", () -> count(questions))).isEqualTo(ERP);
        assertThat(questions).hasValue(1);
        now.set(NOW.plusSeconds(30));
        answers.answer("h", () -> count(questions));
        assertThat(questions).hasValue(2);
    }

    private static Optional<Caller> count(AtomicInteger questions) {
        questions.incrementAndGet();
        return ERP;
    }
}
