package com.fapiaorelay.common.invoice;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The invoice lifecycle (DESIGN.md section 4, drawn from this table in docs/architecture.md). Upload-service's row
 * never reaches CONFIRMED, MISSING or MISMATCH: those are sync-service's verdicts, and upload-service's row stays
 * UPLOADED while the ledger shows them; so a re-entry or re-upload moves an UPLOADED row as the ledger's verdict would.
 */
public enum InvoiceState {
    RECEIVED,
    INVALID,
    UPLOAD_PENDING,
    OUTCOME_UNKNOWN,
    UPLOADED,
    CONFIRMED,
    REJECTED,
    UPLOAD_FAILED,
    MISSING,
    MISMATCH,
    SUPERSEDED,
    UNREADABLE,
    /** Declared by the ERP (listed in its declared totals) and never received: the ERP resends it, or a clerk re-enters it. */
    NOT_RECEIVED;

    private static final Set<InvoiceState> NEEDS_HUMAN =
            EnumSet.of(INVALID, REJECTED, UPLOAD_FAILED, MISSING, MISMATCH, UNREADABLE, NOT_RECEIVED);
    private static final Set<InvoiceState> IN_FLIGHT = EnumSet.of(RECEIVED, UPLOAD_PENDING, OUTCOME_UNKNOWN);
    private static final Set<InvoiceState> FINAL = EnumSet.of(CONFIRMED, SUPERSEDED);
    private static final Map<InvoiceState, Set<InvoiceState>> MOVES = moves();

    /** States in which automation has stopped and an operator must act. */
    public boolean needsHuman() {
        return NEEDS_HUMAN.contains(this);
    }

    /** On its way to the tax interface: automation owns it, and no human may replace or supersede it. */
    public boolean inFlight() {
        return IN_FLIGHT.contains(this);
    }

    /** Nothing moves the invoice on from here. */
    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Whether the lifecycle allows the move; staying in an in-flight state (a rescheduled retry) is a move too. */
    public boolean canMoveTo(InvoiceState next) {
        return MOVES.get(this).contains(next);
    }

    /** Neither final nor waiting for a human: automation owes the invoice its next step, or it is stuck. */
    public boolean awaitsAutomation() {
        return !isFinal() && !needsHuman();
    }

    /** The states {@code test} holds for, in declaration order. */
    public static Set<InvoiceState> where(Predicate<InvoiceState> test) {
        return Arrays.stream(values())
                .filter(test)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(InvoiceState.class)));
    }

    private static Map<InvoiceState, Set<InvoiceState>> moves() {
        Map<InvoiceState, Set<InvoiceState>> moves = new EnumMap<>(InvoiceState.class);
        moves.put(RECEIVED, EnumSet.of(INVALID, UPLOAD_PENDING));
        // intake replaces content never sent, and re-validates it
        moves.put(INVALID, EnumSet.of(INVALID, UPLOAD_PENDING, SUPERSEDED));
        moves.put(
                UPLOAD_PENDING,
                EnumSet.of(INVALID, UPLOAD_PENDING, OUTCOME_UNKNOWN, UPLOADED, REJECTED, UPLOAD_FAILED));
        moves.put(OUTCOME_UNKNOWN, EnumSet.of(UPLOAD_PENDING, OUTCOME_UNKNOWN, UPLOADED, REJECTED, UPLOAD_FAILED));
        moves.put(UPLOADED, EnumSet.of(CONFIRMED, MISSING, MISMATCH, OUTCOME_UNKNOWN, UPLOAD_PENDING, SUPERSEDED));
        moves.put(CONFIRMED, EnumSet.noneOf(InvoiceState.class));
        moves.put(REJECTED, EnumSet.of(UPLOAD_PENDING, SUPERSEDED));
        moves.put(UPLOAD_FAILED, EnumSet.of(UPLOAD_PENDING, OUTCOME_UNKNOWN, SUPERSEDED));
        moves.put(MISSING, EnumSet.of(OUTCOME_UNKNOWN, UPLOAD_PENDING, CONFIRMED, MISMATCH, SUPERSEDED));
        moves.put(MISMATCH, EnumSet.of(UPLOAD_PENDING, SUPERSEDED));
        moves.put(SUPERSEDED, EnumSet.noneOf(InvoiceState.class));
        // only the ledger holds it: the corrected event, a replayed dead letter or a re-entry under its key is taken
        // in as a new submission
        moves.put(UNREADABLE, EnumSet.of(INVALID, UPLOAD_PENDING));
        // the invoice arrives after all: whatever intake made of it, or its dead letter; upload-service holds nothing
        // for it, so, like UNREADABLE, a re-entry under its key is a new submission, never a supersession
        moves.put(NOT_RECEIVED, EnumSet.of(INVALID, UPLOAD_PENDING, UNREADABLE));
        return moves;
    }
}
