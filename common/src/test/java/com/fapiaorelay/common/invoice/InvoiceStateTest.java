package com.fapiaorelay.common.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InvoiceStateTest {

    /** The lifecycle diagram of docs/architecture.md, which must show exactly these lines. */
    static final String DIAGRAM = """
            RECEIVED        → INVALID, UPLOAD_PENDING
            INVALID         → INVALID, UPLOAD_PENDING, SUPERSEDED
            UPLOAD_PENDING  → INVALID, UPLOAD_PENDING, OUTCOME_UNKNOWN, UPLOADED, REJECTED, UPLOAD_FAILED
            OUTCOME_UNKNOWN → UPLOAD_PENDING, OUTCOME_UNKNOWN, UPLOADED, REJECTED, UPLOAD_FAILED
            UPLOADED        → OUTCOME_UNKNOWN, UPLOAD_PENDING, CONFIRMED, MISSING, MISMATCH, SUPERSEDED
            CONFIRMED       → (final)
            REJECTED        → UPLOAD_PENDING, SUPERSEDED
            UPLOAD_FAILED   → UPLOAD_PENDING, OUTCOME_UNKNOWN, SUPERSEDED
            MISSING         → UPLOAD_PENDING, OUTCOME_UNKNOWN, CONFIRMED, MISMATCH, SUPERSEDED
            MISMATCH        → UPLOAD_PENDING, SUPERSEDED
            SUPERSEDED      → (final)
            UNREADABLE      → INVALID, UPLOAD_PENDING
            NOT_RECEIVED    → INVALID, UPLOAD_PENDING, UNREADABLE
            """;

    @Test
    void allowsExactlyTheMovesOfTheDiagram() {
        Map<InvoiceState, Set<InvoiceState>> drawn = drawnMoves();
        assertThat(drawn.keySet()).containsExactlyInAnyOrder(InvoiceState.values());
        for (InvoiceState from : InvoiceState.values()) {
            for (InvoiceState to : InvoiceState.values()) {
                assertThat(from.canMoveTo(to))
                        .as("%s → %s", from, to)
                        .isEqualTo(drawn.get(from).contains(to));
            }
        }
    }

    @Test
    void finalStatesAreThoseWithNoMoveAndNoneIsInFlight() {
        for (InvoiceState state : InvoiceState.values()) {
            assertThat(state.isFinal())
                    .as("%s", state)
                    .isEqualTo(drawnMoves().get(state).isEmpty());
        }
        assertThat(EnumSet.allOf(InvoiceState.class).stream().filter(InvoiceState::inFlight))
                .containsExactly(InvoiceState.RECEIVED, InvoiceState.UPLOAD_PENDING, InvoiceState.OUTCOME_UNKNOWN);
        assertThat(InvoiceState.where(InvoiceState::inFlight)).noneMatch(s -> s.isFinal() || s.needsHuman());
        assertThat(InvoiceState.where(InvoiceState::awaitsAutomation))
                .containsExactly(
                        InvoiceState.RECEIVED,
                        InvoiceState.UPLOAD_PENDING,
                        InvoiceState.OUTCOME_UNKNOWN,
                        InvoiceState.UPLOADED);
    }

    @Test
    void everyStateNeedingAHumanCanBeSupersededByAReentry() {
        Arrays.stream(InvoiceState.values())
                .filter(InvoiceState::needsHuman)
                .filter(state -> state != InvoiceState.UNREADABLE && state != InvoiceState.NOT_RECEIVED)
                .forEach(state -> assertThat(state.canMoveTo(InvoiceState.SUPERSEDED))
                        .as("%s", state)
                        .isTrue());
    }

    @Test
    void anUnreadableSubmissionIsReplacedByTheNextOneReadUnderItsKey() {
        assertThat(InvoiceState.UNREADABLE.needsHuman()).isTrue();
        assertThat(InvoiceState.UNREADABLE.canMoveTo(InvoiceState.UPLOAD_PENDING))
                .isTrue();
        assertThat(InvoiceState.UNREADABLE.canMoveTo(InvoiceState.SUPERSEDED)).isFalse();
    }

    @Test
    void aDeclaredInvoiceNeverReceivedIsReplacedByWhateverIntakeMakesOfIt() {
        assertThat(InvoiceState.NOT_RECEIVED.needsHuman()).isTrue();
        assertThat(InvoiceState.NOT_RECEIVED.canMoveTo(InvoiceState.UPLOAD_PENDING))
                .isTrue();
        assertThat(InvoiceState.NOT_RECEIVED.canMoveTo(InvoiceState.UNREADABLE)).isTrue();
        assertThat(InvoiceState.NOT_RECEIVED.canMoveTo(InvoiceState.SUPERSEDED)).isFalse();
    }

    @Test
    void architectureDocumentDrawsThisDiagram() throws IOException {
        String document = Files.readString(Path.of("..", "docs", "architecture.md"));
        assertThat(document).contains(DIAGRAM);
    }

    private static Map<InvoiceState, Set<InvoiceState>> drawnMoves() {
        return DIAGRAM.lines()
                .map(line -> line.split("→"))
                .collect(Collectors.toMap(
                        parts -> InvoiceState.valueOf(parts[0].strip()), parts -> targets(parts[1].strip())));
    }

    private static Set<InvoiceState> targets(String list) {
        Set<InvoiceState> targets = EnumSet.noneOf(InvoiceState.class);
        if (!list.equals("(final)")) {
            Arrays.stream(list.split(","))
                    .map(String::strip)
                    .map(InvoiceState::valueOf)
                    .forEach(targets::add);
        }
        return targets;
    }
}
