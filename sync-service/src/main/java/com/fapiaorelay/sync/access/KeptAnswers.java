package com.fapiaorelay.sync.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * upload-service's answers about API keys, under each key's hash, each for {@code ttl}. At most {@code maxKeys} are
 * kept; Caffeine evicts the least useful first (frequency-aware), so a flood of random keys neither grows memory nor
 * empties the cache of the keys in use, as clearing it whole did.
 */
final class KeptAnswers {

    private final Cache<String, Answer> answers;
    private final Duration ttl;
    private final Clock clock;

    KeptAnswers(int maxKeys, Duration ttl, Clock clock) {
        this.answers = Caffeine.newBuilder().maximumSize(maxKeys).build();
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The kept answer for {@code keyHash}, or a fresh one from {@code ask} when none is kept or it has expired. */
    Optional<Caller> answer(String keyHash, Supplier<Optional<Caller>> ask) {
        Instant now = clock.instant();
        Answer answer = answers.getIfPresent(keyHash);
        if (answer == null || !now.isBefore(answer.expiresAt())) {
            answer = new Answer(ask.get(), now.plus(ttl));
            answers.put(keyHash, answer);
        }
        return answer.caller();
    }

    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    private record Answer(Optional<Caller> caller, Instant expiresAt) {}
}
